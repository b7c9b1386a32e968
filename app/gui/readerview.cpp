// SPDX-License-Identifier: GPL-3.0-or-later
#include "readerview.h"

#include "themeprovider.h"

#include <QDate>
#include <QEvent>
#include <QLabel>
#include <QLocale>
#include <QPlainTextEdit>
#include <QTextBlockFormat>
#include <QTextCursor>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Gloss {

namespace {

QString describeDate(const DocumentSummary &document)
{
    if (document.published.isEmpty()) {
        return ReaderView::tr("date unknown");
    }
    const QLocale locale;
    QString text;
    switch (document.datePrecision) {
    case DatePrecision::Day:
        text = locale.toString(QDate::fromString(document.published, Qt::ISODate), QLocale::LongFormat);
        break;
    case DatePrecision::Month:
        text = locale.toString(QDate::fromString(document.published + u"-01"_s, Qt::ISODate), u"MMMM yyyy"_s);
        break;
    default:
        text = document.published;
        break;
    }
    switch (document.dateSource) {
    case DateSource::Header:
    case DateSource::Metadata:
        return text;
    case DateSource::Dateline:
        return ReaderView::tr("%1 (from the dateline)").arg(text);
    case DateSource::PostId:
        return ReaderView::tr("%1 (from a linked post)").arg(text);
    case DateSource::Content:
        return ReaderView::tr("%1 (inferred from the text)").arg(text);
    case DateSource::User:
        return ReaderView::tr("%1 (set by hand)").arg(text);
    case DateSource::None:
        break;
    }
    return text;
}

} // namespace

ReaderView::ReaderView(QWidget *parent)
    : QWidget(parent)
    , m_title(new QLabel(this))
    , m_meta(new QLabel(this))
    , m_text(new QPlainTextEdit(this))
{
    setObjectName(u"reader"_s);
    m_title->setTextFormat(Qt::PlainText);
    m_title->setWordWrap(true);
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.45);
    titleFont.setWeight(QFont::DemiBold);
    m_title->setFont(titleFont);
    m_meta->setTextFormat(Qt::PlainText);
    m_meta->setWordWrap(true);
    m_meta->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_text->setReadOnly(true);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_text->setFrameShape(QFrame::NoFrame);
    m_text->setObjectName(u"readerText"_s);
    m_text->setAccessibleName(tr("Article text"));
    QFont readingFont = m_text->font();
    readingFont.setPointSizeF(readingFont.pointSizeF() * 1.15);
    m_text->setFont(readingFont);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(12, 10, 12, 0);
    layout->setSpacing(4);
    layout->addWidget(m_title);
    layout->addWidget(m_meta);
    layout->addSpacing(6);
    layout->addWidget(m_text, 1);

    connect(&ThemeProvider::instance(), &ThemeProvider::themeChanged, this, &ReaderView::applyTheme);
    applyTheme();
    clear();
}

ReaderView::~ReaderView() = default;

void ReaderView::showDocument(const Document &document)
{
    m_documentId = document.id;
    m_title->setText(document.title);
    QStringList meta{describeDate(document)};
    if (!document.source.isEmpty()) {
        meta << document.source;
    }
    meta << tr("%n characters", nullptr, int(std::min<qint64>(document.length, std::numeric_limits<int>::max())));
    m_meta->setText(meta.join(u"  ·  "_s));
    m_text->setPlainText(document.body);
    m_text->moveCursor(QTextCursor::Start);
}

void ReaderView::clear()
{
    m_documentId = 0;
    m_title->setText(tr("No article selected"));
    m_meta->setText(tr("Choose an article from the list, or import articles with File › Import."));
    m_text->clear();
}

QString ReaderView::titleText() const
{
    return m_title->text();
}

void ReaderView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::PaletteChange) {
        ThemeProvider::instance().paletteChanged(palette());
    }
    QWidget::changeEvent(event);
}

void ReaderView::applyTheme()
{
    const ThemeProvider &theme = ThemeProvider::instance();
    QPalette textPalette = m_text->palette();
    textPalette.setColor(QPalette::Base, theme.color(ThemeProvider::Role::Background));
    textPalette.setColor(QPalette::Text, theme.color(ThemeProvider::Role::Text));
    textPalette.setColor(QPalette::Highlight, theme.color(ThemeProvider::Role::Selection));
    textPalette.setColor(QPalette::HighlightedText, theme.color(ThemeProvider::Role::Text));
    m_text->setPalette(textPalette);
    QPalette metaPalette = m_meta->palette();
    metaPalette.setColor(QPalette::WindowText, palette().color(QPalette::PlaceholderText));
    m_meta->setPalette(metaPalette);
}

} // namespace Gloss
