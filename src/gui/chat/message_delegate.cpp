// SPDX-FileCopyrightText: 2026 Harness Desktop contributors
// SPDX-License-Identifier: MIT
#include "gui/chat/message_delegate.h"

#include "core/itemmodels/message_list_model.h"
#include "core/markdown/markdown_renderer.h"
#include "core/markdown/remote_image_loader.h"
#include "core/markdown/streaming_markdown.h"
#include "gui/chat/gui_approval_policy.h"
#include "gui/chat/reasoning_block.h"
#include "gui/chat/streamed_document.h"
#include "gui/chat/tool_call_card.h"

#include <QAbstractItemView>
#include <QAbstractScrollArea>
#include <QAbstractTextDocumentLayout>
#include <QClipboard>
#include <QDateTime>
#include <QDesktopServices>
#include <QGuiApplication>
#include <QMouseEvent>
#include <QPainter>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextFormat>

namespace harness::gui {

using core::Message;
using core::MessageListModel;
using core::MessageParts;

namespace {

constexpr int Margin = 16;
constexpr int Gap = 6;
constexpr int MaxCachedMessages = 400;
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

} // namespace

struct MessageDelegate::Entry {
    // What the documents show: compared cheaply on every paint and size hint.
    const QChar* contentData = nullptr;
    qsizetype contentSize = -1;
    quint64 contentEpoch = ~quint64(0); // MessageListModel::contentEpochAt(): the text was replaced
    MessageParts parts;
    QString error;
    QString warning;
    QString model;
    int status = -1;
    int uiRevision = -1;
    bool dark = false;
    bool showUsage = false;
    bool regenerable = false;
    bool earlier = false;
    bool earlierShown = false;
    bool hasEarlier = false;
    int width = -1;
    bool imageLinks = false; // the text may hold "[image] (click to load)" links
    int imageRevision = -1;  // RemoteImageLoader::revision() they were drawn for

    // Content: while streaming, `content` holds the finished blocks and `tail` the open one.
    std::unique_ptr<core::StreamingMarkdown> streaming;
    qsizetype consumed = 0;
    QStringList codeBlocks;
    QTextDocument reasoning, content, tail, tools, footer;
    bool hasReasoning = false, hasTools = false;
    bool live = false; // a card shows a duration that grows (a call runs or waits)
    int tick = -1;     // MessageDelegate::m_tick the cards were built at
    int height = 0;
    quint64 lastUse = 0; // MessageDelegate::m_useClock when last drawn or measured

    QList<std::pair<QTextDocument*, int>> sections() const
    {
        QList<std::pair<QTextDocument*, int>> list;
        int y = 0;
        const auto add = [&](const QTextDocument* doc, bool present) {
            if (!present)
                return;
            list.append({const_cast<QTextDocument*>(doc), y});
            y += int(std::ceil(doc->size().height())) + Gap;
        };
        add(&reasoning, hasReasoning);
        add(&content, !content.isEmpty());
        add(&tail, !tail.isEmpty());
        add(&tools, hasTools);
        add(&footer, true);
        return list;
    }
};

MessageDelegate::MessageDelegate(QObject* parent) : QStyledItemDelegate(parent)
{}

MessageDelegate::~MessageDelegate() = default;

void MessageDelegate::setApprovalPolicy(GuiApprovalPolicy* policy)
{
    m_approval = policy;
}

void MessageDelegate::setShowUsage(bool show)
{
    m_showUsage = show;
}

void MessageDelegate::setImageLoader(core::RemoteImageLoader* loader)
{
    if (m_images)
        m_images->disconnect(this);
    m_images = loader;
    if (loader) // another row may show the same image: lay all rows out again
        connect(loader, &core::RemoteImageLoader::stateChanged, this,
                [this] { Q_EMIT sizeHintChanged(QModelIndex()); });
}

void MessageDelegate::applyImages(QTextDocument& document, int width, int fromPosition) const
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

void MessageDelegate::setRegenerableMessage(const QString& messageId)
{
    m_regenerable = messageId;
}

void MessageDelegate::invalidate(const QString& messageId)
{
    ++m_uiRevision[messageId];
}

void MessageDelegate::clearCache()
{
    m_cache.clear();
    m_livePainted.clear();
}

QString MessageDelegate::heading(const Message& message)
{
    QString who;
    switch (message.role) {
    case core::MessageRole::User:
        who = tr("You");
        break;
    case core::MessageRole::Assistant:
        who = tr("Assistant");
        break;
    case core::MessageRole::Tool:
        who = tr("Tool");
        break;
    case core::MessageRole::System:
        who = tr("System");
        break;
    }
    if (!message.supersededBy.isEmpty())
        //: a message replaced by an edit, shown on request
        who = tr("Earlier version · %1").arg(who);
    switch (message.status) {
    case core::MessageStatus::Streaming:
        return who + QStringLiteral(" · ") + tr("answering…");
    case core::MessageStatus::Interrupted:
        return who + QStringLiteral(" · ") + tr("interrupted");
    case core::MessageStatus::Stopped:
        return who + QStringLiteral(" · ") + tr("stopped");
    case core::MessageStatus::Error:
        return who + QStringLiteral(" · ") + tr("failed");
    case core::MessageStatus::Complete:
        break;
    }
    return who;
}

int MessageDelegate::headingHeight(const QFont& font) const
{
    QFont head = font;
    head.setBold(true);
    return QFontMetrics(head).height() + 4;
}

int MessageDelegate::updateContent(Entry& entry, const Message& message, bool dark, quint64 epoch) const
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

void MessageDelegate::updateSections(Entry& entry, const QModelIndex& index, const Message& message,
                                     const ChatColors& colors) const
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

void MessageDelegate::updateTools(Entry& entry, const Message& message, const ChatColors& colors) const
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

struct MessageDelegate::Measure {
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

MessageDelegate::Measure MessageDelegate::measureKey(const QModelIndex& index, const Message& message,
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

MessageDelegate::Entry& MessageDelegate::entryFor(const QModelIndex& index, int width,
                                                  const QPalette& palette) const
{
    static Entry none;
    const Message* message = messageOf(index);
    if (!message)
        return none;
    if (!m_cache.contains(message->id) && m_cache.size() >= MaxCachedMessages) {
        // Forget the least recently used message (one at a time: dropping hundreds of documents
        // at once took ~50 ms while scrolling through a long conversation).
        auto oldest = m_cache.begin();
        for (auto it = m_cache.begin(); it != m_cache.end(); ++it) {
            if ((*it)->lastUse < (*oldest)->lastUse)
                oldest = it;
        }
        m_cache.erase(oldest);
    }
    auto& slot = m_cache[message->id];
    if (!slot)
        slot = std::make_shared<Entry>();
    Entry& entry = *slot;
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
    entry.earlier = !message->supersededBy.isEmpty();
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

void MessageDelegate::paint(QPainter* painter, const QStyleOptionViewItem& option,
                            const QModelIndex& index) const
{
    const Message* message = messageOf(index);
    if (!message)
        return;
    painter->save();
    const ChatColors colors = ChatColors::from(option.palette);
    const bool user = message->role == core::MessageRole::User;
    const QRect area = option.rect.adjusted(Margin, Margin / 2, -Margin, -Margin / 2);
    if (!message->supersededBy.isEmpty())
        painter->setOpacity(0.6);
    if (user) {
        painter->setRenderHint(QPainter::Antialiasing);
        painter->setPen(Qt::NoPen);
        painter->setBrush(colors.card);
        painter->drawRoundedRect(QRectF(option.rect.adjusted(Margin / 2, 3, -Margin / 2, -3)), 8, 8);
    }
    QFont headFont = option.font;
    headFont.setBold(true);
    painter->setFont(headFont);
    painter->setPen(user ? colors.text : colors.muted);
    const int head = headingHeight(option.font);
    painter->drawText(QRect(area.left(), area.top(), area.width(), head), Qt::AlignLeft | Qt::AlignVCenter,
                      heading(*message));
    Entry& entry = entryFor(index, area.width(), option.palette);
    if (entry.live) {
        const bool first = m_livePainted.isEmpty();
        m_livePainted.insert(message->id);
        if (first) // the view's clock starts (a signal is not const; emitting it changes nothing here)
            Q_EMIT const_cast<MessageDelegate*>(this)->liveRowsPainted();
    }
    // Only what is on screen is drawn: a 100k-character answer is one tall item, and drawing all
    // of it for every streamed token would make each token cost more as the answer grows.
    QRectF visible = painter->hasClipping() ? painter->clipBoundingRect() : QRectF(option.rect);
    if (const auto* view = qobject_cast<const QAbstractScrollArea*>(option.widget))
        visible = visible.intersected(QRectF(view->viewport()->rect()));
    QAbstractTextDocumentLayout::PaintContext context;
    context.palette = option.palette;
    for (const auto& [doc, y] : entry.sections()) {
        const QPointF origin(area.left(), area.top() + head + y);
        const QRectF clip =
            visible.translated(-origin).intersected(QRectF(0, 0, area.width(), doc->size().height()));
        if (clip.isEmpty())
            continue;
        painter->save();
        painter->translate(origin);
        context.clip = clip;
        doc->documentLayout()->draw(painter, context);
        painter->restore();
    }
    painter->restore();
}

QSize MessageDelegate::sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const
{
    // QListView asks the first row's size with an empty rectangle (for its scroll step): measure
    // it at the viewport's width as the layout does, not at a default that would flip its cached
    // height on every layout.
    int available = option.rect.width();
    if (available <= 0) {
        const auto* view = qobject_cast<const QAbstractScrollArea*>(option.widget);
        available = view ? view->viewport()->width() : 600;
    }
    const int width = std::max(200, available) - 2 * Margin;
    const Message* message = messageOf(index);
    int height = 0;
    if (message) {
        Measure key = measureKey(index, *message, width, option.palette);
        const auto known = m_heights.constFind(message->id);
        const bool images = known != m_heights.cend() && known->imageRevision >= 0;
        if (images && m_images)
            key.imageRevision = m_images->revision();
        if (known != m_heights.cend() && known->sameAs(key)) {
            height = known->height;
        } else {
            const Entry& entry = entryFor(index, width, option.palette);
            key.imageRevision = entry.imageLinks ? (m_images ? m_images->revision() : 0) : -1;
            key.height = entry.height;
            if (m_heights.size() > MaxMeasuredMessages)
                m_heights.clear();
            m_heights.insert(message->id, key);
            height = entry.height;
        }
    }
    return {width + 2 * Margin, Margin / 2 + headingHeight(option.font) + height + Margin};
}

bool MessageDelegate::heightChanged(const QStyleOptionViewItem& option, const QModelIndex& index) const
{
    const Message* message = messageOf(index);
    if (!message)
        return false;
    const int before = m_heights.value(message->id).height;
    sizeHint(option, index);
    return m_heights.value(message->id).height != before;
}

QStringList MessageDelegate::takeLiveRows()
{
    QStringList ids(m_livePainted.cbegin(), m_livePainted.cend());
    m_livePainted.clear();
    return ids;
}

bool MessageDelegate::refreshLiveRow(const QModelIndex& index, const QPalette& palette)
{
    const Message* message = messageOf(index);
    if (!message)
        return false;
    const auto cached = m_cache.value(message->id);
    if (!cached || !cached->live || cached->width < 0)
        return false;
    const int before = cached->height;
    const int after = entryFor(index, cached->width, palette).height;
    if (after == before)
        return false;
    if (const auto measured = m_heights.find(message->id); measured != m_heights.end())
        measured->height = after; // what sizeHint() reports from now on
    return true;
}

QString MessageDelegate::shownCards(const QModelIndex& index, const QStyleOptionViewItem& option) const
{
    const QRect area = option.rect.adjusted(Margin, Margin / 2, -Margin, -Margin / 2);
    const Entry& entry = entryFor(index, area.width(), option.palette);
    return entry.hasTools ? entry.tools.toPlainText() : QString();
}

QString MessageDelegate::shownContent(const QModelIndex& index, const QStyleOptionViewItem& option) const
{
    const QRect area = option.rect.adjusted(Margin, Margin / 2, -Margin, -Margin / 2);
    const Entry& entry = entryFor(index, area.width(), option.palette);
    return entry.content.toPlainText() + entry.tail.toPlainText();
}

QString MessageDelegate::anchorAt(const QModelIndex& index, const QStyleOptionViewItem& option,
                                  const QPoint& pos, Entry** hit) const
{
    const QRect area = option.rect.adjusted(Margin, Margin / 2, -Margin, -Margin / 2);
    Entry& entry = entryFor(index, area.width(), option.palette);
    if (hit)
        *hit = &entry;
    const int top = area.top() + headingHeight(option.font);
    for (const auto& [doc, y] : entry.sections()) {
        const QPointF local(pos.x() - area.left(), pos.y() - top - y);
        if (local.y() >= 0 && local.y() <= doc->size().height())
            return doc->documentLayout()->anchorAt(local);
    }
    return {};
}

bool MessageDelegate::editorEvent(QEvent* event, QAbstractItemModel* model,
                                  const QStyleOptionViewItem& option, const QModelIndex& index)
{
    if (event->type() == QEvent::MouseMove) {
        const auto* mouse = static_cast<QMouseEvent*>(event);
        if (auto* view = qobject_cast<QAbstractItemView*>(parent())) {
            const bool onLink = !anchorAt(index, option, mouse->position().toPoint()).isEmpty();
            view->viewport()->setCursor(onLink ? Qt::PointingHandCursor : Qt::ArrowCursor);
        }
        return false;
    }
    if (event->type() != QEvent::MouseButtonRelease)
        return QStyledItemDelegate::editorEvent(event, model, option, index);
    const auto* mouse = static_cast<QMouseEvent*>(event);
    Entry* entry = nullptr;
    const QString anchor = anchorAt(index, option, mouse->position().toPoint(), &entry);
    if (anchor.isEmpty())
        return false;
    const Message* message = messageOf(index);
    const auto refresh = [this, &index, message] {
        if (message)
            ++m_uiRevision[message->id];
        Q_EMIT sizeHintChanged(index);
    };
    if (const auto action = MessageActions::parse(anchor); action.kind != MessageActions::Kind::None) {
        switch (action.kind) {
        case MessageActions::Kind::ToggleReasoning:
            if (message && !m_expandedReasoning.remove(message->id))
                m_expandedReasoning.insert(message->id);
            refresh();
            break;
        case MessageActions::Kind::ToggleToolCall:
            if (!m_expandedCalls.remove(action.argument))
                m_expandedCalls.insert(action.argument);
            refresh();
            break;
        case MessageActions::Kind::AllowOnce:
        case MessageActions::Kind::AlwaysAllow:
        case MessageActions::Kind::Deny:
            if (m_approval && message)
                m_approval->answer(message->conversationId, action.argument,
                                   action.kind == MessageActions::Kind::AllowOnce
                                       ? GuiApprovalPolicy::Answer::AllowOnce
                                   : action.kind == MessageActions::Kind::AlwaysAllow
                                       ? GuiApprovalPolicy::Answer::AlwaysAllow
                                       : GuiApprovalPolicy::Answer::Deny);
            refresh();
            break;
        default:
            Q_EMIT actionTriggered(action.kind, index);
            break;
        }
        return true;
    }
    const auto link = core::MarkdownRenderer::classifyLink(QUrl(anchor));
    switch (link.kind) {
    case core::MarkdownLink::Kind::OpenExternally:
        QDesktopServices::openUrl(link.url);
        return true;
    case core::MarkdownLink::Kind::CopyCode:
        if (entry && entry->streaming)
            QGuiApplication::clipboard()->setText(entry->streaming->codeBlock(link.codeBlock));
        else if (entry && link.codeBlock >= 0 && link.codeBlock < entry->codeBlocks.size())
            QGuiApplication::clipboard()->setText(entry->codeBlocks.at(link.codeBlock));
        return true;
    case core::MarkdownLink::Kind::LoadImage: // only the image clicked, only now
        if (m_images)
            m_images->load(link.url);
        refresh();
        return true;
    case core::MarkdownLink::Kind::Ignore:
        break;
    }
    return false;
}

} // namespace harness::gui
