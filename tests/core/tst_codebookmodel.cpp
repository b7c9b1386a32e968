// SPDX-License-Identifier: GPL-3.0-or-later
#include "codebookfixture.h"
#include "edit/codebookeditor.h"
#include "model/codebookmodel.h"
#include "testsupport.h"

#include <QAbstractItemModelTester>
#include <QColor>
#include <QMimeData>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

using namespace Qt::StringLiterals;
using namespace Gloss;

class TestCodeBookModel final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init()
    {
        m_dir.emplace();
        m_db = Test::openDatabase(m_dir->filePath(u"corpus.gloss"_s));
        QVERIFY(m_db);
        m_f = Test::makeCodeBookFixture(*m_db);
        m_stack.emplace();
        m_editor.emplace(*m_db, &*m_stack);
        m_model.emplace(&*m_editor);
        m_tester.emplace(&*m_model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    }

    void cleanup()
    {
        m_tester.reset();
        m_model.reset();
        m_editor.reset();
        m_stack.reset();
        m_db.reset();
        m_dir.reset();
    }

    void showsTheTreeWithCounts()
    {
        CodeBookModel &model = *m_model;
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(model.columnCount(), 2);
        QCOMPARE(model.headerData(CodeBookModel::NameColumn, Qt::Horizontal).toString(), u"Code"_s);
        QCOMPARE(model.headerData(CodeBookModel::AnnotationsColumn, Qt::Horizontal).toString(), u"Annotations"_s);
        const QModelIndex actors = model.index(0, 0);
        QCOMPARE(actors.data().toString(), u"Actors"_s);
        QCOMPARE(model.rowCount(actors), 2);
        QCOMPARE(model.rowCount(model.index(0, 1)), 0);
        const QModelIndex people = model.index(1, 0, actors);
        QCOMPARE(people.data().toString(), u"People"_s);
        QCOMPARE(people.parent(), actors);
        QCOMPARE(model.indexOf(m_f.people), people);
        QCOMPARE(model.codeId(people), m_f.people);
        QCOMPARE(people.data(CodeBookModel::FullPathRole).toString(), u"Actors/People"_s);
        QCOMPARE(people.data(CodeBookModel::CodeIdRole).toLongLong(), m_f.people);
        QCOMPARE(people.data(CodeBookModel::ColourRole).toString(), u"#cc0000"_s);
        QCOMPARE(people.data(Qt::DecorationRole).value<QColor>(), QColor(0xcc, 0, 0));
        QVERIFY(!model.index(0, 1).data(Qt::DecorationRole).isValid());

        QCOMPARE(actors.data(CodeBookModel::AnnotationCountRole).toLongLong(), 2);
        QCOMPARE(actors.data(CodeBookModel::TotalAnnotationCountRole).toLongLong(), 4);
        QCOMPARE(actors.siblingAtColumn(CodeBookModel::AnnotationsColumn).data().toString(), u"2"_s);
        QCOMPARE(actors.data(CodeBookModel::DescriptionRole).toString(), u"Who acts"_s);
        QCOMPARE(actors.data(Qt::ToolTipRole).toString(), u"Actors\nWho acts\n2 annotation(s), 4 with the codes below"_s);
        // A code without annotations says so.
        const QModelIndex dates = model.index(2, 0);
        QCOMPARE(dates.siblingAtColumn(CodeBookModel::AnnotationsColumn).data().toString(), u"0"_s);
        QCOMPARE(dates.data(Qt::ToolTipRole).toString(), u"Dates\n0 annotation(s)"_s);
        QCOMPARE(model.index(0, 0, people).isValid(), false);

        QCOMPARE(model.codeCount(), 5);
        QCOMPARE(model.annotationCount(), 6);
        QCOMPARE(model.uncodedAnnotationCount(), 1);
    }

    // STYLE: setData() pushes. The rows stay (a value changed, not the tree).
    void renamingThroughSetDataPushesACommand()
    {
        CodeBookModel &model = *m_model;
        const QPersistentModelIndex states = model.indexOf(m_f.states);
        QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
        QSignalSpy changes(&model, &QAbstractItemModel::dataChanged);
        QVERIFY(model.flags(states).testFlag(Qt::ItemIsEditable));
        QVERIFY(model.setData(states, u"Countries"_s));
        QCOMPARE(m_stack->count(), 1);
        QCOMPARE(m_stack->undoText(), u"Rename Code “States”"_s);
        QCOMPARE(m_editor->codeBook().find(m_f.states)->name, u"Countries"_s);
        QVERIFY(states.isValid());
        QCOMPARE(states.data().toString(), u"Countries"_s);
        QCOMPARE(resets.count(), 0);
        QVERIFY(changes.count() > 0);
        m_stack->undo();
        QCOMPARE(states.data().toString(), u"States"_s);
        QCOMPARE(states.data(CodeBookModel::FullPathRole).toString(), u"Actors/States"_s);
        QCOMPARE(resets.count(), 0);
    }

    void colourAndDescriptionRolesPush_data()
    {
        QTest::addColumn<int>("role");
        QTest::addColumn<QString>("value");
        QTest::addColumn<QString>("undoText");
        QTest::newRow("colour") << int(CodeBookModel::ColourRole) << u"#123456"_s << u"Change Colour of “Places”"_s;
        QTest::newRow("description") << int(CodeBookModel::DescriptionRole) << u"Where"_s
                                     << u"Change Description of “Places”"_s;
    }

    void colourAndDescriptionRolesPush()
    {
        QFETCH(int, role);
        QFETCH(QString, value);
        QFETCH(QString, undoText);
        const QModelIndex places = m_model->indexOf(m_f.places);
        QVERIFY(m_model->setData(places, value, role));
        QCOMPARE(m_stack->undoText(), undoText);
        QCOMPARE(places.data(role).toString(), value);
        m_stack->undo();
        QVERIFY(places.data(role).toString() != value);
    }

    void refusedEditReportsWhy()
    {
        QSignalSpy failures(&*m_model, &CodeBookModel::failed);
        QVERIFY(!m_model->setData(m_model->indexOf(m_f.states), u"People"_s));
        QCOMPARE(failures.count(), 1);
        QVERIFY(failures.at(0).at(0).toString().contains(u"already a code 'People' under 'Actors'"_s));
        QCOMPARE(m_stack->count(), 0);
        QVERIFY(!m_model->setData(m_model->indexOf(m_f.states, CodeBookModel::AnnotationsColumn), 3));
        QCOMPARE(m_stack->count(), 0);
    }

    void changesOfTheTreeResetTheModel()
    {
        QSignalSpy resets(&*m_model, &QAbstractItemModel::modelReset);
        const qint64 quotes = m_editor->createCode(u"Quotes"_s, u"#101010"_s).value();
        QCOMPARE(resets.count(), 1);
        QCOMPARE(m_model->rowCount(), 4);
        QCOMPARE(m_model->index(3, 0).data().toString(), u"Quotes"_s);
        QVERIFY(m_editor->removeCode(m_f.actors, CodeBook::RemovedAnnotations::MoveTo, quotes));
        QCOMPARE(resets.count(), 2);
        QCOMPARE(m_model->index(2, 1).data().toString(), u"4"_s);
        m_stack->undo();
        QCOMPARE(m_model->rowCount(m_model->indexOf(m_f.actors)), 2);
        QCOMPARE(m_model->indexOf(quotes, CodeBookModel::AnnotationsColumn).data().toString(), u"0"_s);
    }

    // Annotations changed elsewhere (the annotation editor): reload() updates the counts in place.
    void reloadUpdatesCounts()
    {
        QSignalSpy resets(&*m_model, &QAbstractItemModel::modelReset);
        QVERIFY(AnnotationRepository(*m_db).create(m_f.document, 0, 6, m_f.dates, {}, u"Ann"_s));
        m_model->reload();
        QCOMPARE(m_model->indexOf(m_f.dates).data(CodeBookModel::AnnotationCountRole).toLongLong(), 1);
        QCOMPARE(m_model->annotationCount(), 7);
        QCOMPARE(resets.count(), 0);
    }

    void dragsCodesAsIds()
    {
        const QModelIndexList indexes{m_model->indexOf(m_f.people), m_model->indexOf(m_f.people, 1), m_model->indexOf(m_f.dates)};
        std::unique_ptr<QMimeData> data(m_model->mimeData(indexes));
        QVERIFY(data);
        QCOMPARE(m_model->mimeTypes(), QStringList{QString::fromLatin1(CodeBookModel::CodeIdsMimeType)});
        QCOMPARE(data->data(QString::fromLatin1(CodeBookModel::CodeIdsMimeType)),
                 QByteArray::number(m_f.people) + ',' + QByteArray::number(m_f.dates));
        QCOMPARE(m_model->supportedDropActions(), Qt::MoveAction);
    }

    // A drop lands among the children of `parent` at `row` as the view shows them (-1: onto the
    // parent itself, after its children).
    void dropMovesCodes_data()
    {
        QTest::addColumn<QString>("codes");
        QTest::addColumn<QString>("parent");
        QTest::addColumn<int>("row");
        QTest::addColumn<QStringList>("paths");
        QTest::addColumn<QString>("undoText");
        QTest::newRow("down among siblings") << u"States"_s << u"Actors"_s << 2
                                             << QStringList{u"Actors"_s, u"Actors/People"_s, u"Actors/States"_s, u"Places"_s,
                                                            u"Dates"_s}
                                             << u"Move Code “States”"_s;
        QTest::newRow("up among siblings") << u"People"_s << u"Actors"_s << 0
                                           << QStringList{u"Actors"_s, u"Actors/People"_s, u"Actors/States"_s, u"Places"_s,
                                                          u"Dates"_s}
                                           << u"Move Code “People”"_s;
        QTest::newRow("onto another code") << u"Dates"_s << u"Places"_s << -1
                                           << QStringList{u"Actors"_s, u"Actors/States"_s, u"Actors/People"_s, u"Places"_s,
                                                          u"Places/Dates"_s}
                                           << u"Move Code “Dates”"_s;
        QTest::newRow("out to the top") << u"People"_s << QString() << 0
                                        << QStringList{u"People"_s, u"Actors"_s, u"Actors/States"_s, u"Places"_s, u"Dates"_s}
                                        << u"Move Code “People”"_s;
        QTest::newRow("below the last code") << u"Actors"_s << QString() << -1
                                             << QStringList{u"Places"_s, u"Dates"_s, u"Actors"_s, u"Actors/States"_s,
                                                            u"Actors/People"_s}
                                             << u"Move Code “Actors”"_s;
        QTest::newRow("two codes, one step") << u"States,Places"_s << u"Dates"_s << -1
                                             << QStringList{u"Actors"_s, u"Actors/People"_s, u"Dates"_s, u"Dates/States"_s,
                                                            u"Dates/Places"_s}
                                             << u"Move 2 Code(s)"_s;
    }

    void dropMovesCodes()
    {
        QFETCH(QString, codes);
        QFETCH(QString, parent);
        QFETCH(int, row);
        QFETCH(QStringList, paths);
        QFETCH(QString, undoText);
        QModelIndexList dragged;
        for (const QString &name : codes.split(u',')) {
            dragged << m_model->indexOf(idOf(name));
        }
        std::unique_ptr<QMimeData> data(m_model->mimeData(dragged));
        const QModelIndex target = parent.isEmpty() ? QModelIndex() : m_model->indexOf(idOf(parent));
        const QStringList before = this->paths();
        QVERIFY(m_model->canDropMimeData(data.get(), Qt::MoveAction, row, 0, target));
        QVERIFY(m_model->dropMimeData(data.get(), Qt::MoveAction, row, 0, target));
        QCOMPARE(this->paths(), paths);
        QCOMPARE(m_stack->count(), 1);
        QCOMPARE(m_stack->undoText(), undoText);
        m_stack->undo();
        QCOMPARE(this->paths(), before);
    }

    void refusesDropsUnderItself()
    {
        const QModelIndex actors = m_model->indexOf(m_f.actors);
        std::unique_ptr<QMimeData> data(m_model->mimeData({actors}));
        QVERIFY(!m_model->canDropMimeData(data.get(), Qt::MoveAction, -1, 0, actors));
        QVERIFY(!m_model->canDropMimeData(data.get(), Qt::MoveAction, 0, 0, m_model->indexOf(m_f.people)));
        QVERIFY(!m_model->dropMimeData(data.get(), Qt::MoveAction, 0, 0, m_model->indexOf(m_f.people)));
        QVERIFY(!m_model->canDropMimeData(data.get(), Qt::CopyAction, 0, 0, {}));
        QMimeData foreign;
        foreign.setText(u"Actors"_s);
        QVERIFY(!m_model->canDropMimeData(&foreign, Qt::MoveAction, 0, 0, {}));
        QMimeData unknown;
        unknown.setData(QString::fromLatin1(CodeBookModel::CodeIdsMimeType), "999");
        QVERIFY(!m_model->canDropMimeData(&unknown, Qt::MoveAction, 0, 0, {}));
        QCOMPARE(m_stack->count(), 0);
    }

    // A drop the code book refuses (a name taken at the new place) reports why.
    void refusedDropReportsWhy()
    {
        QVERIFY(m_editor->createCode(u"People"_s, u"#101010"_s));
        const int pushed = m_stack->count();
        QSignalSpy failures(&*m_model, &CodeBookModel::failed);
        std::unique_ptr<QMimeData> data(m_model->mimeData({m_model->indexOf(m_f.people)}));
        QVERIFY(!m_model->dropMimeData(data.get(), Qt::MoveAction, 0, 0, {}));
        QCOMPARE(failures.count(), 1);
        QVERIFY(failures.at(0).at(0).toString().contains(u"already a code 'People' at the top level"_s));
        QCOMPARE(m_stack->count(), pushed);
    }

    void readOnlyMeansNoEdits()
    {
        m_model->setReadOnly(true);
        const QModelIndex states = m_model->indexOf(m_f.states);
        QVERIFY(!m_model->flags(states).testFlag(Qt::ItemIsEditable));
        QVERIFY(!m_model->flags(states).testFlag(Qt::ItemIsDragEnabled));
        QVERIFY(m_model->flags(states).testFlag(Qt::ItemIsSelectable));
        QCOMPARE(m_model->flags({}), Qt::NoItemFlags);
        QVERIFY(!m_model->setData(states, u"Countries"_s));
        std::unique_ptr<QMimeData> data(m_model->mimeData({states}));
        QVERIFY(!m_model->canDropMimeData(data.get(), Qt::MoveAction, 0, 0, {}));
        QCOMPARE(m_stack->count(), 0);
        m_model->setReadOnly(false);
        QVERIFY(m_model->flags(states).testFlag(Qt::ItemIsEditable));
    }

private:
    qint64 idOf(const QString &name) const { return m_editor->codeBook().findByName(name)->id; }

    QStringList paths() const
    {
        QStringList paths;
        const auto visit = [&](const auto &self, const QModelIndex &parent) -> void {
            for (int row = 0; row < m_model->rowCount(parent); ++row) {
                const QModelIndex index = m_model->index(row, 0, parent);
                paths << index.data(CodeBookModel::FullPathRole).toString();
                self(self, index);
            }
        };
        visit(visit, {});
        return paths;
    }

    std::optional<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;
    Test::CodeBookFixture m_f;
    std::optional<QUndoStack> m_stack;
    std::optional<CodeBookEditor> m_editor;
    std::optional<CodeBookModel> m_model;
    std::optional<QAbstractItemModelTester> m_tester;
};

QTEST_GUILESS_MAIN(TestCodeBookModel)
#include "tst_codebookmodel.moc"
