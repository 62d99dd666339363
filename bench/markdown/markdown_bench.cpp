// SPDX-FileCopyrightText: 2026 Harness Desktop contributors
// SPDX-License-Identifier: MIT
//
// Markdown streaming benchmark (issue 5): what does one more token cost when the answer is
// already 1k, 10k or 100k characters long?
//   * incremental: StreamingMarkdown::append(token); the view then reads tailHtml() and any new
//     stable blocks, which append() has already produced
//   * naive: MarkdownRenderer::render(whole text so far), the in-process baseline
// The answer is a repeated, varied model-style text (paragraphs, lists, a table, fenced code,
// quotes). Each figure is the mean over --tokens consecutive 4-character tokens after the given
// length, so it covers every kind of block; the best of three runs is printed (machines here are
// noisy). The 100k/1k ratio is the figure to watch: the target is < 2 for the incremental renderer.
// Two more lines show single huge blocks: an open fenced code block (cached in pieces of 32
// lines, so flat) and one long bullet list (the known limitation: a list is re-parsed whole).
#include "core/markdown/markdown_renderer.h"
#include "core/markdown/streaming_markdown.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <algorithm>
#include <cstdio>

using namespace harness::core;

namespace {

constexpr qsizetype kTokenChars = 4;

QString answerText(qsizetype atLeast)
{
    QString text = QStringLiteral("# Answer\n\nHere is what I found, step by step.\n\n");
    for (int section = 0; text.size() < atLeast; ++section) {
        const QString n = QString::number(section);
        text +=
            QStringLiteral("## Part %1\n\nThe *first* thing to check is the **configuration** of part %1; "
                           "see https://example.com/docs/%1 for the details, and `option_%1` in "
                           "particular. This paragraph is long enough to wrap over a few lines in the "
                           "chat view, like real answers do.\n\n")
                .arg(n);
        text += QStringLiteral("1. Open the settings.\n2. Pick the model for part %1.\n   - nested note\n"
                               "   - another ~~old~~ note\n3. Save.\n\n")
                    .arg(n);
        text += QStringLiteral("| Name | Value | Notes |\n|------|------:|-------|\n| alpha | %1 | first |\n"
                               "| beta | %2 | second |\n| gamma | %3 | third |\n\n")
                    .arg(n, QString::number(section * 2), QString::number(section * 3));
        const char* language = section % 3 == 0 ? "python" : section % 3 == 1 ? "cpp" : "bash";
        text += QStringLiteral("```%1\n").arg(QLatin1StringView(language));
        for (int line = 0; line < 12; ++line) {
            text += section % 3 == 0
                        ? QStringLiteral("def step_%1(x):  # comment\n    return x * %1\n").arg(line)
                    : section % 3 == 1
                        ? QStringLiteral("int step%1(int x) { return x * %1; } // comment\n").arg(line)
                        : QStringLiteral("echo \"step %1\" $HOME  # comment\n").arg(line);
        }
        text +=
            QStringLiteral("```\n\n> **Note:** part %1 is done; the next part builds on it.\n\n- [x] done\n"
                           "- [ ] follow up\n\n")
                .arg(n);
    }
    return text;
}

// Mean microseconds per token for `tokens` tokens appended after `length` characters.
double incrementalCost(const QString& text, qsizetype length, int tokens)
{
    double best = 1e300;
    for (int run = 0; run < 3; ++run) {
        StreamingMarkdown stream;
        for (qsizetype at = 0; at < length; at += 64) // arrive the way a stream does
            stream.append(QStringView(text).sliced(at, std::min<qsizetype>(64, length - at)));
        QElapsedTimer timer;
        timer.start();
        qsizetype viewBytes = 0;
        for (int i = 0; i < tokens; ++i) {
            const auto update =
                stream.append(QStringView(text).sliced(length + i * kTokenChars, kTokenChars));
            viewBytes += stream.tailHtml().size(); // what the view replaces
            for (qsizetype b = stream.stableBlockCount() - update.newStableBlocks;
                 b < stream.stableBlockCount(); ++b)
                viewBytes += stream.stableBlocks().at(b).size();
        }
        best = std::min(best, double(timer.nsecsElapsed()) / 1000.0 / tokens);
        if (viewBytes < 0)
            std::puts("impossible");
    }
    return best;
}

double naiveCost(const QString& text, qsizetype length, int tokens)
{
    // A full render per token is slow at 100k, so sample every 20th token of the same window.
    const int step = 20;
    const int samples = std::max(1, tokens / step);
    double best = 1e300;
    for (int run = 0; run < 3; ++run) {
        QElapsedTimer timer;
        timer.start();
        qsizetype htmlSize = 0;
        for (int s = 0; s < samples; ++s)
            htmlSize +=
                MarkdownRenderer::render(QStringView(text).first(length + (s * step + 1) * kTokenChars))
                    .html.size();
        best = std::min(best, double(timer.nsecsElapsed()) / 1000.0 / samples);
        if (htmlSize < 0)
            std::puts("impossible");
    }
    return best;
}

QString lengthLabel(qsizetype length)
{
    return length % 1000 == 0 ? QStringLiteral("%1k").arg(length / 1000) : QString::number(length);
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    const QCommandLineOption tokensOption(QStringLiteral("tokens"),
                                          QStringLiteral("Tokens measured per length."), QStringLiteral("n"),
                                          QStringLiteral("1000"));
    const QCommandLineOption lengthsOption(QStringLiteral("lengths"),
                                           QStringLiteral("Answer lengths in characters."),
                                           QStringLiteral("list"), QStringLiteral("1000,10000,100000"));
    parser.addOptions({tokensOption, lengthsOption});
    parser.process(app);
    const int tokens = std::max(1, parser.value(tokensOption).toInt());
    QList<qsizetype> lengths;
    for (const QString& part : parser.value(lengthsOption).split(u',', Qt::SkipEmptyParts))
        lengths.append(part.toLongLong());
    if (lengths.isEmpty())
        return 2;

    const qsizetype longest = *std::max_element(lengths.begin(), lengths.end());
    const QString text = answerText(longest + qsizetype(tokens) * kTokenChars + 1);

    std::printf("markdown_bench: one %lld-character token appended to an answer of N characters\n"
                "(mean over %d tokens, best of 3 runs)\n\n",
                static_cast<long long>(kTokenChars), tokens);
    std::printf("%8s  %16s  %16s\n", "N", "incremental us", "full render us");
    QList<double> incremental;
    QList<double> naive;
    for (qsizetype length : lengths) {
        incremental.append(incrementalCost(text, length, tokens));
        naive.append(naiveCost(text, length, tokens));
        std::printf("%8s  %16.1f  %16.1f\n", qPrintable(lengthLabel(length)), incremental.last(),
                    naive.last());
        std::fflush(stdout);
    }
    if (lengths.size() > 1) {
        const QString label = lengthLabel(lengths.last()) + u'/' + lengthLabel(lengths.first());
        std::printf("\nratio %s: incremental %.2f (target < 2), full render %.2f\n", qPrintable(label),
                    incremental.last() / incremental.first(), naive.last() / naive.first());
    }

    // Single huge blocks: an open fenced code block, then one long list.
    const qsizetype needed = longest + qsizetype(tokens) * kTokenChars + 1;
    QString code = QStringLiteral("```cpp\n");
    while (code.size() < needed)
        code += QStringLiteral("int value = compute(42); // one line of a long listing\n");
    QString list;
    for (int item = 1; list.size() < needed; ++item)
        list += QStringLiteral("- item %1 of a long list, with *some* words\n").arg(item);
    const struct {
        const char* name;
        const QString& text;
    } singles[] = {{"one open code block", code}, {"one long list (limitation)", list}};
    for (const auto& single : singles) {
        const double small = incrementalCost(single.text, lengths.first(), tokens);
        const double big = incrementalCost(single.text, lengths.last(), tokens);
        std::printf("%s: %.1f us at %s, %.1f us at %s (ratio %.2f)\n", single.name, small,
                    qPrintable(lengthLabel(lengths.first())), big, qPrintable(lengthLabel(lengths.last())),
                    big / small);
    }
    return 0;
}
