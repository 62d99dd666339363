// SPDX-FileCopyrightText: 2026 Harness Desktop contributors
// SPDX-License-Identifier: MIT
#include "gui/chat/message_render_cache.h"

#include "core/itemmodels/message_list_model.h"
#include "core/markdown/markdown_renderer.h"
#include "core/markdown/remote_image_loader.h"
#include "gui/chat/gui_approval_policy.h"
#include "gui/chat/message_actions.h"
#include "gui/chat/reasoning_block.h"
#include "gui/chat/streamed_document.h"
#include "gui/chat/tool_call_card.h"

#include <QDateTime>
#include <QGuiApplication>
#include <QStyleOptionViewItem>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextFormat>

namespace harness::gui {

using core::Message;
using core::MessageListModel;

namespace {

constexpr int MaxRenderedMessages = 400;
constexpr int MaxMeasuredMessages = 100'000;

const Message* messageOf(const QModelIndex& index)
{
    const auto* model = qobject_cast<const MessageListModel*>(index.model());
    return model && index.row() < model->rowCount() ? &model->messageAt(index.row()) : nullptr;
}

void setUp(QTextDocument& document, bool dark)
{
    document.setDocumentMargin(0);
    document.setDefaultFont(QGuiApplication::font());
    document.setDefaultStyleSheet(core::MarkdownRenderer::styleSheet(dark));
    document.setUndoRedoEnabled(false);
}

int areaWidth(const QStyleOptionViewItem& option)
{
    return MessageLayout::contentArea(option.rect).width();
}

} // namespace

MessageRenderCache::MessageRenderCache(QObject* parent) : QObject(parent)
{}

MessageRenderCache::~MessageRenderCache() = default;

void MessageRenderCache::setApprovalPolicy(GuiApprovalPolicy* policy)
{
    m_approval = policy;
}

GuiApprovalPolicy* MessageRenderCache::approvalPolicy() const
{
    return m_approval;
}

core::RemoteImageLoader* MessageRenderCache::imageLoader() const
{
    return m_images;
}

void MessageRenderCache::setShowUsage(bool show)
{
    m_showUsage = show;
}

void MessageRenderCache::setImageLoader(core::RemoteImageLoader* loader)
{
    if (m_images)
        m_images->disconnect(this);
    m_images = loader;
    if (loader) // another row may show the same image: lay all rows out again
        connect(loader, &core::RemoteImageLoader::stateChanged, this, &MessageRenderCache::allRowsChanged);
}

void MessageRenderCache::setRegenerableMessage(const QString& messageId)
{
    m_regenerable = messageId;
}

void MessageRenderCache::invalidate(const QString& messageId)
{
    ++m_uiRevision[messageId];
}

void MessageRenderCache::clear()
{
    m_rendered.clear();
    m_livePainted.clear();
}

void MessageRenderCache::toggleReasoning(const QString& messageId)
{
    if (!m_expandedReasoning.remove(messageId))
        m_expandedReasoning.insert(messageId);
    invalidate(messageId);
}

void MessageRenderCache::toggleToolCall(const QString& callId)
{
    if (!m_expandedCalls.remove(callId))
        m_expandedCalls.insert(callId);
}

void MessageRenderCache::applyImages(QTextDocument& document, int width, int fromPosition) const
{
    // Nothing was ever asked to load: every link stays "[image] (click to load)" as rendered.
    if (!m_images || m_images->revision() == 0 || document.isEmpty())
        return;
    struct Link {
        int from, to;
        QString href;
        QTextCharFormat format;
    };
    QList<Link> links;
    for (QTextBlock block = document.findBlock(fromPosition); block.isValid(); block = block.next()) {
        for (auto it = block.begin(); !it.atEnd(); ++it) {
            const QTextFragment fragment = it.fragment();
            const QString href = fragment.charFormat().anchorHref();
            if (href.startsWith(QLatin1StringView("harness-image:")))
                links.append({fragment.position(), fragment.position() + fragment.length(), href,
                              fragment.charFormat()});
        }
    }
    // Last first: replacing a link moves what follows it.
    for (auto link = links.crbegin(); link != links.crend(); ++link) {
        const auto target = core::MarkdownRenderer::classifyLink(QUrl(link->href));
        if (target.kind != core::MarkdownLink::Kind::LoadImage)
            continue;
        const auto result = m_images->result(target.url);
        QTextCursor cursor(&document);
        cursor.setPosition(link->from);
        cursor.setPosition(link->to, QTextCursor::KeepAnchor);
        switch (result.state) {
        case core::RemoteImageLoader::State::None:
            break;
        case core::RemoteImageLoader::State::Loading:
            cursor.insertText(tr("Loading image…"), link->format);
            break;
        case core::RemoteImageLoader::State::Failed:
            //: a remote image in an answer could not be shown; %1 is the reason
            cursor.insertText(tr("⚠ Image not loaded: %1 Click to try again.").arg(result.error),
                              link->format);
            break;
        case core::RemoteImageLoader::State::Loaded: {
            auto decoded = m_decoded.find(target.url);
            if (decoded == m_decoded.end()) {
                // Qt refuses images that would take more than 128 MB; keep at most 2048 px wide.
                QImage image = QImage::fromData(result.data);
                if (image.width() > 2048)
                    image = image.scaledToWidth(2048, Qt::SmoothTransformation);
                decoded = m_decoded.insert(target.url, image);
            }
            if (decoded->isNull()) {
                cursor.insertText(tr("⚠ Image not loaded: the file could not be read as an image."),
                                  link->format);
                break;
            }
            const QUrl name(link->href);
            document.addResource(QTextDocument::ImageResource, name, *decoded);
            QTextImageFormat image;
            image.setName(link->href);
            const qreal scale = std::min<qreal>(1.0, qreal(std::max(16, width)) / decoded->width());
            image.setWidth(decoded->width() * scale);
            image.setHeight(decoded->height() * scale);
            image.setToolTip(target.url.toDisplayString());
            cursor.insertImage(image);
            break;
        }
        }
    }
}

int MessageRenderCache::updateContent(RenderedMessage& entry, const Message& message, bool dark,
                                      quint64 epoch) const
{
    const QString& source = message.content;
    const bool streaming = message.status == core::MessageStatus::Streaming;
    if (streaming) {
        const bool continues = entry.streaming && entry.dark == dark && source.size() >= entry.consumed &&
                               (entry.contentEpoch == epoch ||
                                QStringView(source).left(entry.consumed) == entry.streaming->source());
        if (!continues) {
            entry.streaming = std::make_unique<core::StreamingMarkdown>();
            entry.consumed = 0;
            setUp(entry.content, dark);
            setUp(entry.tail, dark);
            entry.content.clear();
            entry.tail.clear();
        }
        // Only the new text is parsed; finished blocks are appended once, the tail replaced.
        const auto update = entry.streaming->append(QStringView(source).mid(entry.consumed));
        entry.consumed = source.size();
        const auto& stable = entry.streaming->stableBlocks();
        int newFrom = 0;
        if (update.reset || !continues) {
            entry.content.clear();
            if (!stable.isEmpty())
                entry.content.setHtml(stable.join(QString()));
        } else {
            newFrom = std::max(0, entry.content.characterCount() - 1);
            for (qsizetype i = stable.size() - update.newStableBlocks; i < stable.size(); ++i)
                appendBlockHtml(entry.content, stable.at(i));
        }
        entry.tail.setHtml(entry.streaming->tailHtml());
        entry.codeBlocks.clear();
        return newFrom;
    }
    if (entry.streaming && entry.dark == dark && entry.consumed == source.size() &&
        entry.streaming->source() == source) {
        // It finished as it streamed: the blocks shown already hold the full render's HTML (see
        // StreamingMarkdown) and appendBlockHtml() builds the document a full render builds, so
        // only the open tail moves into the content. Rendering the whole answer again took ~14 ms
        // for 12k characters (a hitch at the end of every long answer).
        const int newFrom = std::max(0, entry.content.characterCount() - 1);
        if (!entry.streaming->tailHtml().isEmpty())
            appendBlockHtml(entry.content, entry.streaming->tailHtml());
        entry.codeBlocks = entry.streaming->codeBlocks();
        entry.streaming.reset();
        entry.consumed = 0;
        entry.tail.clear();
        return newFrom;
    }
    entry.streaming.reset();
    entry.consumed = 0;
    setUp(entry.content, dark);
    const auto rendered = core::MarkdownRenderer::render(source);
    entry.content.setHtml(rendered.html);
    entry.codeBlocks = rendered.codeBlocks;
    entry.tail.clear();
    return 0;
}

void MessageRenderCache::updateSections(RenderedMessage& entry, const QModelIndex& index,
                                        const Message& message, const ChatColors& colors) const
{
    // Reasoning.
    const core::ReasoningPart* reasoning = message.parts.reasoning();
    entry.hasReasoning = reasoning && !reasoning->text.trimmed().isEmpty();
    if (entry.hasReasoning) {
        const bool thinking = message.status == core::MessageStatus::Streaming && message.content.isEmpty() &&
                              !message.parts.hasToolCalls() && !reasoning->durationMs;
        setUp(entry.reasoning, entry.dark);
        entry.reasoning.setHtml(
            ReasoningBlock::html(*reasoning, m_expandedReasoning.contains(message.id), thinking, colors));
    }

    // Tool calls, then why the answer failed or stopped.
    updateTools(entry, message, colors);

    // Footer.
    MessageActions::FooterOptions options;
    options.showUsage = m_showUsage;
    options.canRegenerate = entry.regenerable;
    options.canEdit = message.role == core::MessageRole::User && message.supersededBy.isEmpty();
    setUp(entry.footer, entry.dark);
    entry.footer.setHtml(MessageActions::footerHtml(message, index, options, colors));
}

void MessageRenderCache::updateTools(RenderedMessage& entry, const Message& message,
                                     const ChatColors& colors) const
{
    QString tools;
    setUp(entry.tools, entry.dark);
    entry.live = false;
    entry.tick = m_tick;
    const bool active = message.status == core::MessageStatus::Streaming;
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    for (const auto& part : message.parts) {
        const auto* call = std::get_if<core::ToolCallPart>(&part);
        if (!call)
            continue;
        const QString& callId = call->callId;
        ToolCallCard::Input input;
        input.call = *call;
        input.result = message.parts.toolResult(callId);
        input.pending = m_approval ? m_approval->pending(message.conversationId, callId) : nullptr;
        input.expanded = m_expandedCalls.contains(callId);
        if (active && ToolCallCard::isLive(*call, input.pending)) {
            input.now = now;
            entry.live = true;
        }
        tools += ToolCallCard::html(input, colors, &entry.tools);
    }
    QString why = message.error;
    if (why.isEmpty() && message.status == core::MessageStatus::Stopped)
        why = tr("Stopped. What arrived so far is kept: continue or retry it below.");
    if (!why.isEmpty())
        tools +=
            QStringLiteral("<p style=\"color:%1; margin:4px 0\">⚠ %2</p>")
                .arg((message.status == core::MessageStatus::Stopped ? colors.muted : colors.danger).name(),
                     why.toHtmlEscaped());
    if (!entry.warning.isEmpty()) // not saved (disk full): kept in memory, saved at the next write
        tools += QStringLiteral("<p style=\"color:%1; margin:4px 0\">⚠ %2 %3</p>")
                     .arg(colors.warning.name(), entry.warning.toHtmlEscaped(),
                          tr("What you see is kept in memory and saved as soon as the disk allows.")
                              .toHtmlEscaped());
    entry.hasTools = !tools.isEmpty();
    if (entry.hasTools)
        entry.tools.setHtml(tools);
}

struct MessageRenderCache::Measure {
    int width = -1;
    qint64 updatedAt = 0;
    quint64 revision = 0;
    qsizetype contentSize = -1;
    int status = -1;
    int uiRevision = -1;
    int imageRevision = -1; // only for messages with image links
    bool showUsage = false, regenerable = false, earlierShown = false, hasEarlier = false, dark = false;
    int height = -1;

    bool sameAs(const Measure& o) const
    {
        return width == o.width && updatedAt == o.updatedAt && revision == o.revision &&
               contentSize == o.contentSize && status == o.status && uiRevision == o.uiRevision &&
               imageRevision == o.imageRevision && showUsage == o.showUsage && regenerable == o.regenerable &&
               earlierShown == o.earlierShown && hasEarlier == o.hasEarlier && dark == o.dark;
    }
};

MessageRenderCache::Measure MessageRenderCache::measureKey(const QModelIndex& index, const Message& message,
                                                           int width, const QPalette& palette) const
{
    Measure key;
    key.width = width;
    key.updatedAt = message.updatedAt;
    key.revision = index.data(MessageListModel::RevisionRole).toULongLong();
    key.contentSize = message.content.size();
    key.status = int(message.status);
    key.uiRevision = m_uiRevision.value(message.id);
    key.showUsage = m_showUsage;
    key.regenerable = message.id == m_regenerable;
    key.earlierShown = index.data(MessageListModel::EarlierVersionShownRole).toBool();
    key.hasEarlier = index.data(MessageListModel::HasEarlierVersionRole).toBool();
    key.dark = palette.color(QPalette::Base).lightness() < 128;
    return key;
}

RenderedMessage& MessageRenderCache::render(const QModelIndex& index, int width,
                                            const QPalette& palette) const
{
    static RenderedMessage none;
    const Message* message = messageOf(index);
    if (!message)
        return none;
    if (!m_rendered.contains(message->id) && m_rendered.size() >= MaxRenderedMessages) {
        // Forget the least recently used message (one at a time: dropping hundreds of documents
        // at once took ~50 ms while scrolling through a long conversation).
        auto oldest = m_rendered.begin();
        for (auto it = m_rendered.begin(); it != m_rendered.end(); ++it) {
            if ((*it)->lastUse < (*oldest)->lastUse)
                oldest = it;
        }
        m_rendered.erase(oldest);
    }
    auto& slot = m_rendered[message->id];
    if (!slot)
        slot = std::make_shared<RenderedMessage>();
    RenderedMessage& entry = *slot;
    entry.lastUse = ++m_useClock;
    const bool dark = palette.color(QPalette::Base).lightness() < 128;
    const int uiRevision = m_uiRevision.value(message->id);
    const bool regenerable = message->id == m_regenerable;
    const bool earlierShown = index.data(MessageListModel::EarlierVersionShownRole).toBool();
    const bool hasEarlier = index.data(MessageListModel::HasEarlierVersionRole).toBool();
    bool changed = false;
    const int imageRevision = m_images ? m_images->revision() : 0;
    const bool imagesChanged = entry.imageLinks && (entry.imageRevision != imageRevision ||
                                                    (entry.width != width && entry.width >= 0));
    if (imagesChanged)
        entry.streaming.reset(); // the text is built again with the images in place
    const bool contentChanged = imagesChanged || entry.contentData != message->content.constData() ||
                                entry.contentSize != message->content.size() || entry.dark != dark ||
                                entry.status != int(message->status);
    const quint64 epoch = index.data(MessageListModel::ContentEpochRole).toULongLong();
    const QString warning = index.data(MessageListModel::WarningRole).toString();
    if (contentChanged || entry.contentEpoch != epoch) {
        if (contentChanged || !entry.streaming) {
            const qsizetype sizeBefore = entry.contentSize;
            const int newFrom = updateContent(entry, *message, dark, epoch);
            // While streaming only the new text is looked at: a token's cost must not grow with
            // the answer.
            entry.imageLinks =
                newFrom > 0 && sizeBefore > 0 && sizeBefore <= message->content.size()
                    ? entry.imageLinks ||
                          QStringView(message->content).mid(sizeBefore - 1).contains(QLatin1StringView("!["))
                    : message->content.contains(QLatin1StringView("!["));
            if (entry.imageLinks) {
                applyImages(entry.content, width, newFrom);
                applyImages(entry.tail, width);
            }
        }
        changed = true;
    }
    entry.imageRevision = imageRevision;
    // Reasoning, cards and footer are built again only when what they show changed.
    const bool partsOrStateChanged =
        entry.parts != message->parts || entry.error != message->error || entry.uiRevision != uiRevision ||
        entry.showUsage != m_showUsage || entry.regenerable != regenerable ||
        entry.earlierShown != earlierShown || entry.hasEarlier != hasEarlier || entry.dark != dark ||
        entry.status != int(message->status) || entry.model != message->model || entry.warning != warning;
    // Only the clock moved on: only the cards are built again ("Running · 4 s").
    const bool liveTick = !partsOrStateChanged && entry.live && entry.tick != m_tick;
    entry.contentData = message->content.constData();
    entry.contentSize = message->content.size();
    entry.contentEpoch = epoch;
    entry.status = int(message->status);
    entry.dark = dark;
    if (partsOrStateChanged) {
        entry.parts = message->parts;
        entry.error = message->error;
        entry.warning = warning;
        entry.model = message->model;
        entry.uiRevision = uiRevision;
        entry.showUsage = m_showUsage;
        entry.regenerable = regenerable;
        entry.earlierShown = earlierShown;
        entry.hasEarlier = hasEarlier;
        updateSections(entry, index, *message, ChatColors::from(palette));
    } else if (liveTick) {
        updateTools(entry, *message, ChatColors::from(palette));
    }
    if (changed || partsOrStateChanged || liveTick || entry.width != width) {
        for (QTextDocument* doc :
             {&entry.reasoning, &entry.content, &entry.tail, &entry.tools, &entry.footer}) {
            if (doc->textWidth() != width)
                doc->setTextWidth(width);
        }
        entry.width = width;
        const auto sections = entry.sections();
        const auto& last = sections.constLast();
        entry.height = last.second + int(std::ceil(last.first->size().height()));
    }
    return entry;
}

int MessageRenderCache::height(const QModelIndex& index, int width, const QPalette& palette) const
{
    const Message* message = messageOf(index);
    if (!message)
        return 0;
    Measure key = measureKey(index, *message, width, palette);
    const auto known = m_heights.constFind(message->id);
    const bool images = known != m_heights.cend() && known->imageRevision >= 0;
    if (images && m_images)
        key.imageRevision = m_images->revision();
    if (known != m_heights.cend() && known->sameAs(key))
        return known->height;
    const RenderedMessage& entry = render(index, width, palette);
    key.imageRevision = entry.imageLinks ? (m_images ? m_images->revision() : 0) : -1;
    key.height = entry.height;
    if (m_heights.size() > MaxMeasuredMessages)
        m_heights.clear();
    m_heights.insert(message->id, key);
    return entry.height;
}

bool MessageRenderCache::heightChanged(const QModelIndex& index, int width, const QPalette& palette) const
{
    const Message* message = messageOf(index);
    if (!message)
        return false;
    const int before = m_heights.value(message->id).height;
    return height(index, width, palette) != before;
}

void MessageRenderCache::notePainted(const RenderedMessage& rendered, const QString& messageId) const
{
    if (!rendered.live)
        return;
    const bool first = m_livePainted.isEmpty();
    m_livePainted.insert(messageId);
    if (first) // the view's clock starts (a signal is not const; emitting it changes nothing here)
        Q_EMIT const_cast<MessageRenderCache*>(this)->liveRowsPainted();
}

QStringList MessageRenderCache::takeLiveRows()
{
    QStringList ids(m_livePainted.cbegin(), m_livePainted.cend());
    m_livePainted.clear();
    return ids;
}

bool MessageRenderCache::refreshLiveRow(const QModelIndex& index, const QPalette& palette)
{
    const Message* message = messageOf(index);
    if (!message)
        return false;
    const auto rendered = m_rendered.value(message->id);
    if (!rendered || !rendered->live || rendered->width < 0)
        return false;
    const int before = rendered->height;
    const int after = render(index, rendered->width, palette).height;
    if (after == before)
        return false;
    if (const auto measured = m_heights.find(message->id); measured != m_heights.end())
        measured->height = after; // what height() reports from now on
    return true;
}

QString MessageRenderCache::shownCards(const QModelIndex& index, const QStyleOptionViewItem& option) const
{
    const RenderedMessage& r = render(index, areaWidth(option), option.palette);
    return r.hasTools ? r.tools.toPlainText() : QString();
}

QString MessageRenderCache::shownContent(const QModelIndex& index, const QStyleOptionViewItem& option) const
{
    const RenderedMessage& r = render(index, areaWidth(option), option.palette);
    return r.content.toPlainText() + r.tail.toPlainText();
}

QString MessageRenderCache::shownReasoning(const QModelIndex& index, const QStyleOptionViewItem& option) const
{
    const RenderedMessage& r = render(index, areaWidth(option), option.palette);
    return r.hasReasoning ? r.reasoning.toPlainText() : QString();
}

} // namespace harness::gui
