// SPDX-FileCopyrightText: 2026 Harness Desktop contributors
// SPDX-License-Identifier: MIT
#include "gui/onboarding/model_step.h"

#include "core/engine/engine.h"
#include "core/llm/model_catalog.h"
#include "core/llm/web_model_map.h"
#include "core/store/provider_repository.h"
#include "core/store/store.h"

#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QStandardItemModel>
#include <QTreeView>
#include <QVBoxLayout>

namespace harness::gui {

namespace {

enum Column { IdColumn, ContextColumn, PriceColumn, ToolsColumn, ColumnCount };
constexpr int SortRole = Qt::UserRole + 1;

QString contextText(qint64 tokens)
{
    if (tokens <= 0)
        return QStringLiteral("–");
    if (tokens >= 1'000'000)
        return QStringLiteral("%1M").arg(double(tokens) / 1'000'000.0, 0, 'g', 3);
    return QStringLiteral("%1K").arg(tokens / 1000);
}

QString priceText(const std::optional<double>& perToken)
{
    if (!perToken)
        return QStringLiteral("?");
    if (*perToken <= 0)
        return QCoreApplication::translate("ModelStep", "free");
    return QStringLiteral("$%1").arg(*perToken * 1'000'000.0, 0, 'f', 2);
}

} // namespace

ModelStep::ModelStep(core::Store& store, core::Engine* engine, QWidget* parent)
    : QWidget(parent), m_store(store), m_engine(engine)
{
    setObjectName(QStringLiteral("modelStep"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);

    auto* form = new QFormLayout;
    m_name = new QLineEdit(this);
    m_name->setObjectName(QStringLiteral("harnessName"));
    m_name->setAccessibleName(tr("Harness name"));
    m_name->setPlaceholderText(tr("e.g. Research assistant"));
    form->addRow(tr("&Name:"), m_name);
    layout->addLayout(form);

    auto* modelLabel = new QLabel(tr("Model"), this);
    QFont bold = modelLabel->font();
    bold.setBold(true);
    modelLabel->setFont(bold);
    layout->addSpacing(8);
    layout->addWidget(modelLabel);

    auto* searchRow = new QHBoxLayout;
    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("modelSearch"));
    m_search->setAccessibleName(tr("Search models"));
    m_search->setPlaceholderText(tr("Search models, e.g. claude, gpt, llama…"));
    m_search->setClearButtonEnabled(true);
    m_refresh = new QPushButton(tr("Refresh list"), this);
    m_refresh->setObjectName(QStringLiteral("refreshModelsButton"));
    m_refresh->setToolTip(tr("Fetch the model list from your provider"));
    m_refresh->setEnabled(m_engine != nullptr);
    searchRow->addWidget(m_search, 1);
    searchRow->addWidget(m_refresh);
    layout->addLayout(searchRow);

    m_model = new QStandardItemModel(0, ColumnCount, this);
    m_model->setHorizontalHeaderLabels({tr("Model"), tr("Context"),
                                        //: price per million tokens, input / output
                                        tr("Price in / out (1M)"), tr("Tools")});
    m_proxy = new QSortFilterProxyModel(this);
    m_proxy->setSourceModel(m_model);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_proxy->setFilterKeyColumn(-1);
    m_proxy->setSortRole(SortRole);
    m_view = new QTreeView(this);
    m_view->setObjectName(QStringLiteral("modelList"));
    m_view->setAccessibleName(tr("Models"));
    m_view->setModel(m_proxy);
    m_view->setRootIsDecorated(false);
    m_view->setUniformRowHeights(true);
    m_view->setAlternatingRowColors(true);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(IdColumn, Qt::AscendingOrder);
    m_view->header()->setSectionResizeMode(IdColumn, QHeaderView::Stretch);
    m_view->header()->setStretchLastSection(false);
    for (int c = ContextColumn; c < ColumnCount; ++c)
        m_view->header()->setSectionResizeMode(c, QHeaderView::ResizeToContents);
    layout->addWidget(m_view, 1);

    m_listStatus = new QLabel(this);
    m_listStatus->setObjectName(QStringLiteral("modelListStatus"));
    m_listStatus->setWordWrap(true);
    layout->addWidget(m_listStatus);

    auto* idForm = new QFormLayout;
    m_modelId = new QLineEdit(this);
    m_modelId->setObjectName(QStringLiteral("harnessModel"));
    m_modelId->setAccessibleName(tr("Model id"));
    m_modelId->setPlaceholderText(tr("Pick one above, or type a model id, e.g. anthropic/claude-sonnet-4"));
    idForm->addRow(tr("Model &id:"), m_modelId);
    layout->addLayout(idForm);
    m_info = new QLabel(this);
    m_info->setObjectName(QStringLiteral("modelInfo"));
    m_info->setWordWrap(true);
    layout->addWidget(m_info);

    connect(m_search, &QLineEdit::textChanged, m_proxy, &QSortFilterProxyModel::setFilterFixedString);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &ModelStep::onModelSelected);
    connect(m_modelId, &QLineEdit::textChanged, this, &ModelStep::updateInfo);
    connect(m_refresh, &QPushButton::clicked, this, &ModelStep::refreshModels);
    loadCachedModels();
}

ModelStep::~ModelStep() = default;

QString ModelStep::name() const
{
    return m_name->text().trimmed();
}

QString ModelStep::model() const
{
    return m_modelId->text().trimmed();
}

void ModelStep::setName(const QString& name)
{
    m_name->setText(name);
}

void ModelStep::setModel(const QString& model)
{
    m_modelId->setText(model);
}

int ModelStep::modelCount() const
{
    return m_proxy->rowCount();
}

void ModelStep::loadCachedModels()
{
    const auto provider = m_store.providers().defaultProvider();
    QList<core::ModelInfo> models;
    if (provider.ok()) {
        for (const auto& object : m_store.providers().catalog(provider.value.id).value)
            models.append(core::ModelInfo::fromJson(object));
    }
    setModels(models);
    if (models.isEmpty())
        m_listStatus->setText(provider.ok()
                                  ? tr("No model list yet: press Refresh list, or type a model id below.")
                                  : tr("No provider is set up yet: type a model id below, and add your "
                                       "provider's key in Settings."));
}

void ModelStep::setModels(const QList<core::ModelInfo>& models)
{
    m_models = models;
    m_model->removeRows(0, m_model->rowCount());
    for (const auto& info : models) {
        QList<QStandardItem*> row;
        auto* id = new QStandardItem(info.name.isEmpty() || info.name == info.id
                                         ? info.id
                                         : QStringLiteral("%1  ·  %2").arg(info.name, info.id));
        id->setData(info.id, Qt::UserRole);
        id->setData(info.id.toLower(), SortRole);
        auto* context = new QStandardItem(contextText(info.contextLength));
        context->setData(info.contextLength, SortRole);
        context->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        auto* price = new QStandardItem(QStringLiteral("%1 / %2").arg(
            priceText(info.promptPricePerToken), priceText(info.completionPricePerToken)));
        price->setData(info.promptPricePerToken.value_or(-1), SortRole);
        price->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        auto* tools = new QStandardItem(!info.supportsTools   ? QStringLiteral("?")
                                        : *info.supportsTools ? tr("yes")
                                                              : tr("no"));
        tools->setData(info.supportsTools ? int(*info.supportsTools) : -1, SortRole);
        tools->setTextAlignment(Qt::AlignCenter);
        row << id << context << price << tools;
        for (auto* item : row)
            item->setEditable(false);
        m_model->appendRow(row);
    }
    m_listStatus->setText(models.isEmpty() ? QString() : tr("%n model(s).", nullptr, int(models.size())));
    updateInfo();
}

void ModelStep::refreshModels()
{
    if (!m_engine)
        return;
    m_refresh->setEnabled(false);
    m_listStatus->setText(tr("Fetching the model list…"));
    m_engine->providers().resolve(core::Harness{}, this, [this](const core::ResolvedProvider& resolved) {
        if (!resolved.ok()) {
            m_refresh->setEnabled(true);
            m_listStatus->setText(resolved.error);
            return;
        }
        if (!m_catalog) {
            m_catalog = new core::ModelCatalog(&m_engine->network(), this);
            connect(m_catalog, &core::ModelCatalog::modelsFetched, this,
                    [this](const QList<core::ModelInfo>& models) {
                        m_refresh->setEnabled(true);
                        if (const auto provider = m_store.providers().defaultProvider(); provider.ok()) {
                            QList<QJsonObject> objects;
                            for (const auto& model : models)
                                objects.append(model.toJson());
                            m_store.providers().saveCatalog(provider.value.id, objects);
                        }
                        setModels(models);
                    });
            connect(m_catalog, &core::ModelCatalog::fetchFailed, this, [this](const core::ChatError& error) {
                m_refresh->setEnabled(true);
                m_listStatus->setText(error.userMessage());
            });
        }
        m_catalog->fetch(resolved.config, resolved.apiKey);
    });
}

void ModelStep::onModelSelected()
{
    const QModelIndex current = m_view->currentIndex();
    if (!current.isValid())
        return;
    m_modelId->setText(m_proxy->index(current.row(), IdColumn).data(Qt::UserRole).toString());
}

void ModelStep::updateInfo()
{
    const QString id = model();
    for (const auto& info : std::as_const(m_models)) {
        if (info.id != id)
            continue;
        QStringList facts;
        if (info.contextLength > 0)
            facts.append(tr("%1 tokens of context").arg(QLocale().toString(info.contextLength)));
        if (info.promptPricePerToken && info.completionPricePerToken)
            facts.append(
                tr("%1 in / %2 out per million tokens")
                    .arg(priceText(info.promptPricePerToken), priceText(info.completionPricePerToken)));
        if (info.supportsTools)
            facts.append(*info.supportsTools ? tr("can call tools")
                                             : tr("cannot call tools: MCP servers will not be used"));
        m_info->setText(facts.join(QStringLiteral(" · ")));
        m_info->setStyleSheet(info.supportsTools && !*info.supportsTools ? QStringLiteral("color: #c62828")
                                                                         : QString());
        return;
    }
    m_info->setStyleSheet({});
    if (const auto web = core::WebModelMap::resolve(id); web.mapped) {
        m_info->setText(tr("Harness web model: %1").arg(core::WebModelMap::describe(id)));
        return;
    }
    m_info->setText(id.isEmpty() || m_models.isEmpty()
                        ? QString()
                        : tr("Not in the provider's list; it is used as typed."));
}

} // namespace harness::gui
