// SPDX-License-Identifier: GPL-3.0-or-later
#include "entitylegend.h"
#include "findbar.h"
#include "readerview.h"
#include "spanhighlighter.h"
#include "testsupport.h"
#include "themeprovider.h"

#include <QHelpEvent>
#include <QLineEdit>
#include <QMenu>
#include <QPlainTextEdit>
#include <QSignalSpy>
#include <QTest>
#include <QTextBlock>
#include <QTextLayout>
#include <QToolButton>
#include <QToolTip>

#include <optional>

using namespace Qt::StringLiterals;
using namespace Gloss;

namespace {

Document makeDocument(const QString &body, const QString &title = u"A test article"_s)
{
    Document document;
    document.id = 7;
    document.title = title;
    document.published = u"2023-11-06"_s;
    document.datePrecision = DatePrecision::Day;
    document.dateSource = DateSource::Header;
    document.body = body;
    document.length = body.size();
    return document;
}

HighlightSpan span(qsizetype start, qsizetype end, EntityKind kind, const QString &canonical = {}, qint64 id = 0)
{
    return {start, end, kind, canonical, id};
}

// Every occurrence of each name, skipping those that overlap one already taken.
QList<HighlightSpan> spansFor(const QString &body, const QList<std::pair<QString, EntityKind>> &names)
{
    QList<HighlightSpan> spans;
    qint64 id = 1;
    for (const auto &[name, kind] : names) {
        for (qsizetype at = body.indexOf(name); at >= 0; at = body.indexOf(name, at + name.size())) {
            const bool taken = std::any_of(spans.cbegin(), spans.cend(), [&](const HighlightSpan &other) {
                return at < other.end && other.start < at + name.size();
            });
            if (!taken) {
                spans.append({at, at + name.size(), kind, name, id});
            }
        }
        ++id;
    }
    return spans;
}

// The format the highlighter gave the character at a document position.
QTextCharFormat formatAt(const QPlainTextEdit *text, qsizetype position)
{
    const QTextBlock block = text->document()->findBlock(int(position));
    const int relative = int(position) - block.position();
    QTextCharFormat result;
    for (const QTextLayout::FormatRange &range : block.layout()->formats()) {
        if (relative >= range.start && relative < range.start + range.length) {
            result.merge(range.format);
        }
    }
    return result;
}

std::optional<EntityKind> kindOfFormat(const QTextCharFormat &format)
{
    if (format.underlineStyle() == QTextCharFormat::NoUnderline) {
        return std::nullopt;
    }
    for (const EntityKind kind : AllEntityKinds) {
        const QTextCharFormat expected = SpanHighlighter::entityFormat(kind);
        if (format.underlineStyle() == expected.underlineStyle() && format.underlineColor() == expected.underlineColor()) {
            return kind;
        }
    }
    return std::nullopt;
}

const QString Body = u"Joe Biden met Benjamin Netanyahu in Jerusalem on Monday.\n\n"
                     "The White House said Biden wants more aid to enter Gaza (per day).\n"
                     "Mr Kirby told reporters that Biden and the Israelis would talk again."_s;

} // namespace

Q_DECLARE_METATYPE(Gloss::EntityKind)

class TestReaderView final : public QObject
{
    Q_OBJECT

private:
    ReaderView *reader() { return &*m_reader; }
    QPlainTextEdit *text() { return m_reader->textView(); }

    // The middle of the character at a document position, in viewport coordinates.
    QPoint pointAt(qsizetype position)
    {
        QTextCursor cursor(text()->document());
        cursor.setPosition(int(position));
        const QRect left = text()->cursorRect(cursor);
        cursor.setPosition(int(position) + 1);
        const QRect right = text()->cursorRect(cursor);
        const int x = right.top() == left.top() ? (left.left() + right.left()) / 2 : left.left() + 3;
        return {x, left.center().y()};
    }

    void show(const QString &body, const QList<HighlightSpan> &spans)
    {
        reader()->showDocument(makeDocument(body), spans);
        QCoreApplication::processEvents();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        m_initialTheme = ThemeProvider::instance().themeName();
    }

    void init()
    {
        m_reader.emplace();
        m_reader->resize(700, 500);
        m_reader->show();
        QVERIFY(QTest::qWaitForWindowExposed(&*m_reader));
    }

    void cleanup()
    {
        m_reader.reset();
        ThemeProvider::instance().setThemeName(m_initialTheme);
    }

    void documentHoldsExactlyTheBody()
    {
        const QString body = u"🙂 naïve 😀😀\nsecond 𝒜 line\n\nthird"_s;
        show(body, {});
        QCOMPARE(text()->toPlainText(), body);
        QCOMPARE(text()->document()->characterCount() - 1, body.size());
        QCOMPARE(reader()->titleText(), u"A test article"_s);
    }

    void spansMapToCharacters_data()
    {
        QTest::addColumn<QString>("body");
        QTest::addColumn<QString>("covered");
        QTest::addColumn<int>("start");
        QTest::addColumn<int>("end");
        QTest::addColumn<EntityKind>("kind");

        QTest::newRow("first word") << u"Biden spoke."_s << u"Biden"_s << 0 << 5 << EntityKind::Person;
        QTest::newRow("middle") << u"The White House said"_s << u"White House"_s << 4 << 15 << EntityKind::Organisation;
        QTest::newRow("at the end") << u"They went to Gaza"_s << u"Gaza"_s << 13 << 17 << EntityKind::Location;
        QTest::newRow("third paragraph") << u"One.\n\nTwo.\nOn Monday they met."_s << u"Monday"_s << 14 << 20
                                         << EntityKind::Date;
        QTest::newRow("after emoji") << u"😀😀 Kirby said 🙂 10 lorries"_s << u"Kirby"_s << 5 << 10 << EntityKind::Person;
        QTest::newRow("after astral letters") << u"𝒜𝒝\n𝒞 1,400 people"_s << u"1,400 people"_s << 8 << 20
                                              << EntityKind::Quantity;
        QTest::newRow("after a CRLF") << u"One\r\nTwo Biden"_s << u"Biden"_s << 9 << 14 << EntityKind::Person;
        QTest::newRow("across a paragraph break") << u"the Gaza\nStrip is"_s << u"Gaza\nStrip"_s << 4 << 14
                                                  << EntityKind::Location;
        QTest::newRow("across a blank line") << u"ab Israeli\n\nforces x"_s << u"Israeli\n\nforces"_s << 3 << 18
                                             << EntityKind::Group;
    }

    void spansMapToCharacters()
    {
        QFETCH(QString, body);
        QFETCH(QString, covered);
        QFETCH(int, start);
        QFETCH(int, end);
        QFETCH(EntityKind, kind);
        QCOMPARE(body.sliced(start, end - start), covered);

        show(body, {span(start, end, kind)});
        for (int position = 0; position < body.size(); ++position) {
            if (body.at(position) == u'\n' || body.at(position) == u'\r') {
                continue; // paragraph separators are in no block's text
            }
            const QTextCharFormat format = formatAt(text(), position);
            const bool inside = position >= start && position < end;
            QCOMPARE(kindOfFormat(format).has_value(), inside);
            if (inside) {
                QCOMPARE(*kindOfFormat(format), kind);
                QCOMPARE(format.background(), SpanHighlighter::entityFormat(kind).background());
            }
        }
    }

    void spansOutsideTheTextAreClipped()
    {
        show(u"Gaza City"_s, {span(5, 100, EntityKind::Location), span(50, 60, EntityKind::Person),
                              span(-3, 2, EntityKind::Date), span(3, 3, EntityKind::Group), span(4, 2, EntityKind::Group)});
        QCOMPARE(kindOfFormat(formatAt(text(), 0)), EntityKind::Date);
        QVERIFY(!kindOfFormat(formatAt(text(), 3)));
        QCOMPARE(kindOfFormat(formatAt(text(), 8)), EntityKind::Location);
        QCOMPARE(reader()->toolTipAt(pointAt(7)), u"<b>City</b><br>Place"_s);
        QCOMPARE(reader()->legend()->count(EntityKind::Location), 1);
        QCOMPARE(reader()->legend()->count(EntityKind::Date), 1);
        QCOMPARE(reader()->legend()->count(EntityKind::Person), 0);
        QCOMPARE(reader()->legend()->count(EntityKind::Group), 0);
        QCOMPARE(reader()->highlights().size(), 5);
    }

    void highlightsAreSortedAndKept()
    {
        const QList<HighlightSpan> spans{span(14, 32, EntityKind::Person, u"Benjamin Netanyahu"_s, 2),
                                         span(0, 9, EntityKind::Person, u"Joe Biden"_s, 1)};
        show(Body, spans);
        QCOMPARE(reader()->highlights(), (QList<HighlightSpan>{spans.at(1), spans.at(0)}));
        reader()->clear();
        QVERIFY(reader()->highlights().isEmpty());
        QVERIFY(reader()->legend()->isHidden());
    }

    void setHighlightsKeepsTheText()
    {
        show(Body, {span(0, 9, EntityKind::Person)});
        QTextCursor cursor = text()->textCursor();
        cursor.setPosition(20);
        text()->setTextCursor(cursor);
        reader()->setHighlights({span(36, 45, EntityKind::Location)});
        QCOMPARE(text()->toPlainText(), Body);
        QCOMPARE(text()->textCursor().position(), 20);
        QVERIFY(!kindOfFormat(formatAt(text(), 3)));
        QCOMPARE(kindOfFormat(formatAt(text(), 40)), EntityKind::Location);
        QCOMPARE(reader()->legend()->count(EntityKind::Location), 1);
        QCOMPARE(reader()->legend()->count(EntityKind::Person), 0);
    }

    void overlappingSpans()
    {
        // An organisation with a place inside it, the same span twice, a span ending inside another.
        const QString body = u"The Gaza Health Ministry said so on Monday 6 November."_s;
        show(body, {span(4, 24, EntityKind::Organisation), span(4, 8, EntityKind::Location),
                    span(36, 53, EntityKind::Date), span(36, 53, EntityKind::Date), span(43, 53, EntityKind::Quantity),
                    span(40, 45, EntityKind::Person)});
        QCOMPARE(kindOfFormat(formatAt(text(), 5)), EntityKind::Location);
        QCOMPARE(kindOfFormat(formatAt(text(), 10)), EntityKind::Organisation);
        QCOMPARE(kindOfFormat(formatAt(text(), 23)), EntityKind::Organisation);
        QVERIFY(!kindOfFormat(formatAt(text(), 24)));
        QCOMPARE(kindOfFormat(formatAt(text(), 37)), EntityKind::Date);
        QCOMPARE(kindOfFormat(formatAt(text(), 41)), EntityKind::Person);
        QCOMPARE(kindOfFormat(formatAt(text(), 44)), EntityKind::Quantity);
        QCOMPARE(kindOfFormat(formatAt(text(), 50)), EntityKind::Quantity);
        QCOMPARE(reader()->spanAt(pointAt(5)), 1);
        QCOMPARE(reader()->legend()->count(EntityKind::Date), 2);
        // Hiding the inner kind shows the outer one again.
        reader()->setKindVisible(EntityKind::Location, false);
        QCOMPARE(kindOfFormat(formatAt(text(), 5)), EntityKind::Organisation);
        QCOMPARE(reader()->spanAt(pointAt(5)), 0);
    }

    void longSpansOverManyParagraphs()
    {
        QString body;
        for (int i = 0; i < 40; ++i) {
            body += u"Paragraph %1 has some words about Gaza and Biden in it.\n"_s.arg(i, 2, 10, QChar(u'0'));
        }
        // One span over nearly everything (the long-range path), a short one near the end.
        const qsizetype late = body.lastIndexOf(u"Biden"_s);
        show(body, {span(2, body.size() - 3, EntityKind::Group), span(late, late + 5, EntityKind::Person)});
        QCOMPARE(kindOfFormat(formatAt(text(), body.size() / 2)), EntityKind::Group);
        QCOMPARE(kindOfFormat(formatAt(text(), late + 1)), EntityKind::Person);
        QVERIFY(!kindOfFormat(formatAt(text(), 1)));
        QCOMPARE(reader()->highlighter()->overlapping(0, late, late + 1).size(), 2);
    }

    void setKindVisibleHidesOnlyThatKind()
    {
        show(Body, {span(0, 9, EntityKind::Person), span(36, 45, EntityKind::Location), span(66, 77, EntityKind::Organisation)});
        reader()->setKindVisible(EntityKind::Person, false);
        QVERIFY(!reader()->isKindVisible(EntityKind::Person));
        QVERIFY(!kindOfFormat(formatAt(text(), 3)));
        QCOMPARE(kindOfFormat(formatAt(text(), 40)), EntityKind::Location);
        QCOMPARE(kindOfFormat(formatAt(text(), 70)), EntityKind::Organisation);
        QVERIFY(!reader()->legend()->chip(EntityKind::Person)->isChecked());
        QCOMPARE(reader()->spanAt(pointAt(3)), -1);
        reader()->setKindVisible(EntityKind::Person, true);
        QCOMPARE(kindOfFormat(formatAt(text(), 3)), EntityKind::Person);
        QVERIFY(reader()->legend()->chip(EntityKind::Person)->isChecked());
    }

    void legendShowsCountsPerKind()
    {
        const QList<HighlightSpan> spans = spansFor(Body, {{u"Biden"_s, EntityKind::Person},
                                                          {u"Benjamin Netanyahu"_s, EntityKind::Person},
                                                          {u"Jerusalem"_s, EntityKind::Location},
                                                          {u"Gaza"_s, EntityKind::Location},
                                                          {u"Israelis"_s, EntityKind::Group}});
        show(Body, spans);
        EntityLegend *legend = reader()->legend();
        QVERIFY(legend->isVisible());
        QCOMPARE(legend->count(EntityKind::Person), 4);
        QCOMPARE(legend->count(EntityKind::Location), 2);
        QCOMPARE(legend->count(EntityKind::Group), 1);
        QVERIFY(legend->chip(EntityKind::Person)->isVisible());
        QCOMPARE(legend->chip(EntityKind::Person)->text(), u"People 4"_s);
        QCOMPARE(legend->chip(EntityKind::Location)->text(), u"Places 2"_s);
        QCOMPARE(legend->chip(EntityKind::Group)->text(), u"Groups 1"_s);
        QCOMPARE(legend->chip(EntityKind::Date), nullptr);
        QVERIFY(!legend->findChild<QToolButton *>(u"legend_DATE"_s)->isVisible());

        // Unchecking a chip hides that kind.
        QTest::mouseClick(legend->chip(EntityKind::Location), Qt::LeftButton);
        QVERIFY(!reader()->isKindVisible(EntityKind::Location));
        QVERIFY(!kindOfFormat(formatAt(text(), 37)));
        QTest::mouseClick(legend->chip(EntityKind::Location), Qt::LeftButton);
        QVERIFY(reader()->isKindVisible(EntityKind::Location));
    }

    void toolTipNamesTheEntity()
    {
        show(Body, {span(4, 9, EntityKind::Person, u"Joe Biden"_s, 11), span(36, 45, EntityKind::Location)});
        const QPoint onBiden = pointAt(6);
        QCOMPARE(reader()->characterAt(onBiden), 6);
        QCOMPARE(reader()->toolTipAt(onBiden), u"<b>Joe Biden</b><br>Person"_s);
        // Without a canonical name the tooltip shows the text itself.
        QCOMPARE(reader()->toolTipAt(pointAt(40)), u"<b>Jerusalem</b><br>Place"_s);
        QCOMPARE(reader()->toolTipAt(pointAt(2)), QString());
        // Far right of a short line is past its text.
        QCOMPARE(reader()->characterAt(QPoint(text()->viewport()->width() - 5, pointAt(62).y())), -1);

        QHelpEvent help(QEvent::ToolTip, onBiden, text()->viewport()->mapToGlobal(onBiden));
        QCoreApplication::sendEvent(text()->viewport(), &help);
        QTRY_VERIFY(QToolTip::isVisible());
        QCOMPARE(QToolTip::text(), u"<b>Joe Biden</b><br>Person"_s);
        const QPoint offSpan = pointAt(2);
        QHelpEvent away(QEvent::ToolTip, offSpan, text()->viewport()->mapToGlobal(offSpan));
        QCoreApplication::sendEvent(text()->viewport(), &away);
        QTRY_VERIFY(!QToolTip::isVisible());
    }

    void pointingCursorOverSpans()
    {
        show(Body, {span(0, 9, EntityKind::Person)});
        QTest::mouseMove(text()->viewport(), pointAt(4));
        QTRY_COMPARE(text()->viewport()->cursor().shape(), Qt::PointingHandCursor);
        QTest::mouseMove(text()->viewport(), pointAt(20));
        QTRY_COMPARE(text()->viewport()->cursor().shape(), Qt::IBeamCursor);
    }

    void clickActivatesTheEntity_data()
    {
        QTest::addColumn<int>("position");
        QTest::addColumn<qint64>("entityId");
        QTest::newRow("person") << 2 << qint64(11);
        QTest::newRow("place") << 40 << qint64(12);
        QTest::newRow("nested date") << 51 << qint64(13);
    }

    void clickActivatesTheEntity()
    {
        QFETCH(int, position);
        QFETCH(qint64, entityId);
        show(Body, {span(0, 9, EntityKind::Person, u"Joe Biden"_s, 11), span(36, 45, EntityKind::Location, u"Jerusalem"_s, 12),
                    span(36, 56, EntityKind::Organisation, u"Jerusalem on Monday"_s, 99),
                    span(49, 55, EntityKind::Date, u"2023-11-06"_s, 13)});
        QSignalSpy activated(reader(), &ReaderView::entityActivated);
        QTest::mouseClick(text()->viewport(), Qt::LeftButton, {}, pointAt(position));
        QCOMPARE(activated.size(), 1);
        QCOMPARE(activated.constFirst().at(0).toLongLong(), entityId);
        const HighlightSpan &expected = *std::find_if(reader()->highlights().cbegin(), reader()->highlights().cend(),
                                                      [&](const HighlightSpan &s) { return s.entityId == entityId; });
        QCOMPARE(activated.constFirst().at(1).toString(), expected.canonical);
        QCOMPARE(activated.constFirst().at(2).value<EntityKind>(), expected.kind);
    }

    void clickOffSpansDoesNothing()
    {
        show(Body, {span(0, 9, EntityKind::Person, u"Joe Biden"_s, 11)});
        QSignalSpy activated(reader(), &ReaderView::entityActivated);
        QTest::mouseClick(text()->viewport(), Qt::LeftButton, {}, pointAt(20));
        QTest::mouseClick(text()->viewport(), Qt::LeftButton, {}, QPoint(text()->viewport()->width() - 4, pointAt(62).y()));
        QCOMPARE(activated.size(), 0);
    }

    void dragSelectionDoesNotActivate()
    {
        show(Body, {span(0, 9, EntityKind::Person, u"Joe Biden"_s, 11), span(14, 32, EntityKind::Person, u"Netanyahu"_s, 12)});
        QSignalSpy activated(reader(), &ReaderView::entityActivated);
        QWidget *viewport = text()->viewport();
        const auto drag = [viewport](QPoint to) {
            QMouseEvent move(QEvent::MouseMove, QPointF(to), viewport->mapToGlobal(QPointF(to)), Qt::NoButton,
                             Qt::LeftButton, Qt::NoModifier);
            QCoreApplication::sendEvent(viewport, &move);
        };
        QTest::mousePress(viewport, Qt::LeftButton, {}, pointAt(1));
        drag(pointAt(5));
        drag(pointAt(20));
        QTest::mouseRelease(viewport, Qt::LeftButton, {}, pointAt(20));
        QVERIFY(text()->textCursor().hasSelection());
        // A drag within one span, from its start to its end, still selects rather than activates.
        text()->moveCursor(QTextCursor::End); // a press inside a selection would drag the selection
        QTest::mousePress(viewport, Qt::LeftButton, {}, pointAt(15));
        drag(pointAt(22));
        drag(pointAt(30));
        QTest::mouseRelease(viewport, Qt::LeftButton, {}, pointAt(30));
        QVERIFY(text()->textCursor().hasSelection());
        QVERIFY(text()->textCursor().selectionStart() >= 14 && text()->textCursor().selectionEnd() <= 32);
        QCOMPARE(activated.size(), 0);
    }

    void ctrlFOpensTheFindBar()
    {
        show(Body, {});
        reader()->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(reader()));
        text()->setFocus();
        QVERIFY(reader()->findBar()->isHidden());
        QTest::keyClick(text(), Qt::Key_F, Qt::ControlModifier);
        QVERIFY(reader()->findBar()->isVisible());
        QTRY_VERIFY(reader()->findBar()->field()->hasFocus());
        QTest::keyClick(reader()->findBar()->field(), Qt::Key_Escape);
        QVERIFY(reader()->findBar()->isHidden());
        QTRY_VERIFY(text()->hasFocus());
    }

    void findCountsMatches_data()
    {
        QTest::addColumn<QString>("needle");
        QTest::addColumn<int>("count");
        QTest::addColumn<QString>("counter");
        QTest::newRow("as written") << u"Biden"_s << 3 << u"1 of 3"_s;
        QTest::newRow("any case") << u"bIDEN"_s << 3 << u"1 of 3"_s;
        QTest::newRow("phrase") << u"white house"_s << 1 << u"1 of 1"_s;
        QTest::newRow("not a regex") << u"(per day)"_s << 1 << u"1 of 1"_s;
        QTest::newRow("regex characters") << u"B.den"_s << 0 << u"No matches"_s;
        QTest::newRow("absent") << u"zebra"_s << 0 << u"No matches"_s;
    }

    void findCountsMatches()
    {
        QFETCH(QString, needle);
        QFETCH(int, count);
        QFETCH(QString, counter);
        show(Body, {span(0, 9, EntityKind::Person)});
        reader()->showFindBar();
        QTest::keyClicks(reader()->findBar()->field(), needle);
        QCOMPARE(reader()->findMatchCount(), count);
        QCOMPARE(reader()->findBar()->counterText(), counter);
        if (count > 0) {
            QCOMPARE(text()->textCursor().selectedText().compare(needle, Qt::CaseInsensitive), 0);
            // Every match is painted in the find layer, over the entity layer where they meet.
            const QColor search = QColor::fromRgba(
                ThemeProvider::instance().theme().editorColor(KSyntaxHighlighting::Theme::SearchHighlight));
            for (qsizetype at = Body.indexOf(needle, 0, Qt::CaseInsensitive); at >= 0;
                 at = Body.indexOf(needle, at + 1, Qt::CaseInsensitive)) {
                QCOMPARE(formatAt(text(), at).background().color(), search);
            }
        }
        if (needle == u"Biden"_s) {
            QCOMPARE(kindOfFormat(formatAt(text(), 5)), EntityKind::Person); // the underline stays
        }
    }

    void enterMovesToTheNextMatch()
    {
        show(Body, {});
        reader()->showFindBar();
        QLineEdit *field = reader()->findBar()->field();
        QTest::keyClicks(field, u"biden"_s);
        const qsizetype first = Body.indexOf(u"Biden"_s);
        const qsizetype second = Body.indexOf(u"Biden"_s, first + 1);
        const qsizetype third = Body.indexOf(u"Biden"_s, second + 1);
        QCOMPARE(text()->textCursor().selectionStart(), first);
        QTest::keyClick(field, Qt::Key_Return);
        QCOMPARE(reader()->currentFindMatch(), 1);
        QCOMPARE(reader()->findBar()->counterText(), u"2 of 3"_s);
        QCOMPARE(text()->textCursor().selectionStart(), second);
        QTest::keyClick(field, Qt::Key_Enter);
        QCOMPARE(text()->textCursor().selectionStart(), third);
        QTest::keyClick(field, Qt::Key_Return); // wraps
        QCOMPARE(reader()->findBar()->counterText(), u"1 of 3"_s);
        QTest::keyClick(field, Qt::Key_Return, Qt::ShiftModifier);
        QCOMPARE(reader()->findBar()->counterText(), u"3 of 3"_s);

        reader()->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(reader()));
        field->setFocus();
        QTest::keyClick(field, Qt::Key_F3);
        QCOMPARE(reader()->findBar()->counterText(), u"1 of 3"_s);
        QTest::keyClick(field, Qt::Key_F3, Qt::ShiftModifier);
        QCOMPARE(reader()->findBar()->counterText(), u"3 of 3"_s);

        // Escape hides the bar and clears the find layer.
        QTest::keyClick(field, Qt::Key_Escape);
        QVERIFY(reader()->findBar()->isHidden());
        QCOMPARE(reader()->findMatchCount(), 0);
        QVERIFY(formatAt(text(), first).isEmpty());
        // Opening it again finds the same text again.
        reader()->showFindBar();
        QCOMPARE(reader()->findMatchCount(), 3);
    }

    void scrollsToTheMatch()
    {
        QString body;
        for (int i = 0; i < 300; ++i) {
            body += u"Line %1 of filler text.\n"_s.arg(i);
        }
        body += u"The needle is here."_s;
        show(body, {});
        reader()->showFindBar();
        QTest::keyClicks(reader()->findBar()->field(), u"needle"_s);
        QCOMPARE(reader()->findMatchCount(), 1);
        const QRect rect = text()->cursorRect();
        QVERIFY(text()->viewport()->rect().contains(rect.center()));
    }

    void themeChangeRehighlights()
    {
        ThemeProvider::instance().setThemeName(u"Breeze Light"_s);
        show(Body, {span(0, 9, EntityKind::Person), span(36, 45, EntityKind::Location)});
        reader()->showFindBar();
        QTest::keyClicks(reader()->findBar()->field(), u"gaza"_s);
        const QBrush lightTint = formatAt(text(), 3).background();
        ThemeProvider::instance().setThemeName(u"Breeze Dark"_s);
        QCOMPARE(ThemeProvider::instance().theme().name(), u"Breeze Dark"_s);
        QCOMPARE(formatAt(text(), 3).background(), SpanHighlighter::entityFormat(EntityKind::Person).background());
        QVERIFY(formatAt(text(), 3).background() != lightTint);
        QCOMPARE(text()->palette().color(QPalette::Base),
                 ThemeProvider::instance().color(ThemeProvider::Role::Background));
        const QColor search = QColor::fromRgba(
            ThemeProvider::instance().theme().editorColor(KSyntaxHighlighting::Theme::SearchHighlight));
        QCOMPARE(formatAt(text(), Body.indexOf(u"Gaza"_s)).background().color(), search);
        QVERIFY(!text()->grab().isNull());
    }

    void underlineStylesDifferPerKind()
    {
        QList<QTextCharFormat::UnderlineStyle> styles;
        for (const EntityKind kind : AllEntityKinds) {
            const QTextCharFormat format = SpanHighlighter::entityFormat(kind);
            QVERIFY(!styles.contains(format.underlineStyle()));
            styles << format.underlineStyle();
            QVERIFY(format.background().color() != format.underlineColor());
        }
    }

    // Not a check: with GLOSS_SCREENSHOT_DIR set, saves the reader on a sample article in a light
    // and a dark theme, to look at.
    void contextMenuMarksTheSelection_data()
    {
        QTest::addColumn<EntityKind>("kind");
        QTest::newRow("person") << EntityKind::Person;
        QTest::newRow("organisation") << EntityKind::Organisation;
        QTest::newRow("place") << EntityKind::Location;
        QTest::newRow("group") << EntityKind::Group;
    }

    void contextMenuMarksTheSelection()
    {
        QFETCH(EntityKind, kind);
        show(Body, {});
        const qsizetype start = Body.indexOf(u"White House"_s);
        QTextCursor cursor(text()->document());
        cursor.setPosition(int(start) - 1); // the space before is not part of the mark
        cursor.setPosition(int(start) + 11, QTextCursor::KeepAnchor);
        text()->setTextCursor(cursor);
        QSignalSpy marked(reader(), &ReaderView::markRequested);
        std::unique_ptr<QMenu> menu(reader()->createContextMenu(pointAt(start + 2)));
        QVERIFY(!menu->findChild<QAction *>(u"rejectEntity"_s)); // no span there
        auto *markAs = menu->findChild<QMenu *>(u"markAsMenu"_s);
        QVERIFY(markAs);
        QCOMPARE(markAs->actions().size(), 4);
        QAction *chosen = nullptr;
        for (QAction *action : markAs->actions()) {
            if (action->data().toInt() == int(kind)) {
                chosen = action;
            }
        }
        QVERIFY(chosen);
        chosen->trigger();
        QCOMPARE(marked.size(), 1);
        QCOMPARE(marked.at(0).at(0).value<qsizetype>(), start);
        QCOMPARE(marked.at(0).at(1).value<qsizetype>(), start + 11);
        QCOMPARE(marked.at(0).at(2).value<EntityKind>(), kind);
        QCOMPARE(marked.at(0).at(3).toString(), u"White House"_s);
    }

    void contextMenuWithoutSelectionOffSpans()
    {
        show(Body, spansFor(Body, {{u"Joe Biden"_s, EntityKind::Person}}));
        std::unique_ptr<QMenu> menu(reader()->createContextMenu(pointAt(Body.indexOf(u"Jerusalem"_s))));
        QVERIFY(!menu->findChild<QMenu *>(u"markAsMenu"_s));
        QVERIFY(!menu->findChild<QAction *>(u"rejectEntity"_s));
        QVERIFY(!menu->findChild<QAction *>(u"renameEntity"_s));
        QVERIFY(!menu->actions().isEmpty()); // the text edit's own actions stay
    }

    void contextMenuRejectsAndRenamesTheEntity()
    {
        show(Body, spansFor(Body, {{u"Joe Biden"_s, EntityKind::Person}, {u"Jerusalem"_s, EntityKind::Location}}));
        QSignalSpy rejected(reader(), &ReaderView::rejectRequested);
        QSignalSpy renamed(reader(), &ReaderView::renameRequested);
        std::unique_ptr<QMenu> menu(reader()->createContextMenu(pointAt(Body.indexOf(u"Jerusalem"_s) + 3)));
        auto *reject = menu->findChild<QAction *>(u"rejectEntity"_s);
        auto *rename = menu->findChild<QAction *>(u"renameEntity"_s);
        QVERIFY(reject && rename);
        QVERIFY(reject->text().contains(u"“Jerusalem”"_s));
        reject->trigger();
        QCOMPARE(rejected.size(), 1);
        QCOMPARE(rejected.at(0).at(0).toLongLong(), 2);
        rename->trigger();
        QCOMPARE(renamed.size(), 1);
        QCOMPARE(renamed.at(0).at(0).toLongLong(), 2);
        QCOMPARE(renamed.at(0).at(1).toString(), u"Jerusalem"_s);
    }

    void screenshots()
    {
        const QString dir = qEnvironmentVariable("GLOSS_SCREENSHOT_DIR");
        if (dir.isEmpty()) {
            QSKIP("GLOSS_SCREENSHOT_DIR is not set");
        }
        const QString body = QString::fromUtf8(
            Test::readFile(Test::sourceDir() + u"/resources/sample/000_0a9c56af3ac79f09.txt"_s));
        QVERIFY(!body.isEmpty());
        const QList<HighlightSpan> spans =
            spansFor(body, {{u"Joe Biden"_s, EntityKind::Person},       {u"Benjamin Netanyahu"_s, EntityKind::Person},
                            {u"John Kirby"_s, EntityKind::Person},      {u"Mr Kirby"_s, EntityKind::Person},
                            {u"Mr Biden"_s, EntityKind::Person},        {u"Mr Netanyahu"_s, EntityKind::Person},
                            {u"White House"_s, EntityKind::Organisation}, {u"Hamas"_s, EntityKind::Organisation},
                            {u"National Security Council"_s, EntityKind::Organisation},
                            {u"Gaza Strip"_s, EntityKind::Location},    {u"Gaza"_s, EntityKind::Location},
                            {u"Israel"_s, EntityKind::Location},        {u"Israeli"_s, EntityKind::Group},
                            {u"Americans"_s, EntityKind::Group},        {u"Palestinians"_s, EntityKind::Group},
                            {u"Palestinian"_s, EntityKind::Group},      {u"Monday"_s, EntityKind::Date},
                            {u"24 hours"_s, EntityKind::Quantity},      {u"1,400 people"_s, EntityKind::Quantity},
                            {u"30 aid lorries"_s, EntityKind::Quantity}, {u"10,000 Palestinians"_s, EntityKind::Quantity}});
        m_reader->resize(760, 620);
        for (const QString &theme : {u"Breeze Light"_s, u"Breeze Dark"_s}) {
            ThemeProvider::instance().setThemeName(theme);
            reader()->showDocument(makeDocument(body, u"Biden and Netanyahu discuss pauses in Gaza fighting"_s), spans);
            reader()->showFindBar();
            reader()->findBar()->field()->setText(u"aid"_s);
            QCoreApplication::processEvents();
            const QString path = dir + u"/reader-"_s + theme.section(u' ', 1).toLower() + u".png"_s;
            const QPixmap shot = m_reader->grab();
            QVERIFY(shot.save(path));
            // The legend and the first lines twice as large, to see the underline styles.
            const QRect top(0, 0, shot.width() * 5 / 6, shot.height() / 3);
            QVERIFY(shot.copy(top).scaled(top.size() * 2).save(path.chopped(4) + u"-zoom.png"_s));
            qInfo("saved %s", qPrintable(path));
        }
        // The correction menu on a selection that is no entity yet.
        reader()->hideFindBar();
        const qsizetype at = body.indexOf(u"aid lorries"_s);
        QTextCursor cursor(text()->document());
        cursor.setPosition(int(at));
        cursor.setPosition(int(at + 11), QTextCursor::KeepAnchor);
        text()->setTextCursor(cursor);
        std::unique_ptr<QMenu> menu(reader()->createContextMenu(pointAt(at + 2)));
        auto *markAs = menu->findChild<QMenu *>(u"markAsMenu"_s);
        QVERIFY(markAs);
        menu->adjustSize();
        markAs->adjustSize();
        QVERIFY(menu->grab().save(dir + u"/reader-context-menu.png"_s));
        QVERIFY(markAs->grab().save(dir + u"/reader-mark-as.png"_s));
    }

private:
    std::optional<ReaderView> m_reader;
    QString m_initialTheme;
};

QTEST_MAIN(TestReaderView)
#include "tst_readerview.moc"
