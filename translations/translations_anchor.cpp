// SPDX-FileCopyrightText: 2026 Harness Desktop contributors
// SPDX-License-Identifier: MIT
// The harness_translations library holds only the embedded .qm files (:/i18n); a static library
// needs one compiled file of its own.
namespace harness::core::i18n {
int translationsAnchor()
{
    return 0;
}
} // namespace harness::core::i18n
