// SPDX-FileCopyrightText: 2026 Harness Desktop contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "core/llm/model_info.h"

#include <QWidget>

class QLabel;
class QLineEdit;
class QPushButton;
class QSortFilterProxyModel;
class QStandardItemModel;
class QTreeView;

namespace harness::core {
class Engine;
class ModelCatalog;
class Store;
} // namespace harness::core

namespace harness::gui {

/// Wizard page 1: the harness's name and its model, picked from the provider's catalog (cached in
/// the store; refreshed on demand) with context length, price and tool support, or typed by hand.
class ModelStep final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ModelStep)
public:
    ModelStep(core::Store& store, core::Engine* engine, QWidget* parent = nullptr);
    ~ModelStep() override;

    QString name() const;
    QString model() const;
    void setName(const QString& name);
    void setModel(const QString& model);
    /// Reads the cached catalog of the default provider.
    void loadCachedModels();
    /// Fetches the catalog from the provider and caches it.
    void refreshModels();
    int modelCount() const;

private:
    void setModels(const QList<core::ModelInfo>& models);
    void onModelSelected();
    void updateInfo();

    core::Store& m_store;
    core::Engine* m_engine = nullptr;
    core::ModelCatalog* m_catalog = nullptr;
    QList<core::ModelInfo> m_models;
    QLineEdit* m_name = nullptr;
    QLineEdit* m_search = nullptr;
    QTreeView* m_view = nullptr;
    QStandardItemModel* m_model = nullptr;
    QSortFilterProxyModel* m_proxy = nullptr;
    QLineEdit* m_modelId = nullptr;
    QLabel* m_info = nullptr;
    QLabel* m_listStatus = nullptr;
    QPushButton* m_refresh = nullptr;
};

} // namespace harness::gui
