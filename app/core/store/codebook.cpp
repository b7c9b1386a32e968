// SPDX-License-Identifier: GPL-3.0-or-later
#include "codebook.h"

#include "database.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Gloss {

namespace {

Error sqlError(const QSqlQuery &query, const Database &database)
{
    return databaseError(Database::describeSqlError(query.lastError().text(), database.path()));
}

Result<QSqlQuery> run(const Database &database, const QString &sql, const QVariantList &values = {})
{
    QSqlQuery query(database.connection());
    setForwardOnly(query);
    if (!query.prepare(sql)) {
        return sqlError(query, database);
    }
    for (const QVariant &value : values) {
        query.addBindValue(value);
    }
    if (!query.exec()) {
        return sqlError(query, database);
    }
    return query;
}

QVariant parentValue(qint64 parentId)
{
    return parentId > 0 ? QVariant(parentId) : QVariant(QMetaType::fromType<qint64>());
}

Result<Transaction *> begin(Database &database, std::optional<Transaction> &slot)
{
    slot.emplace(database.connection());
    if (!slot->isActive()) {
        return databaseError(Database::describeSqlError(slot->errorString(), database.path()));
    }
    return &*slot;
}

} // namespace

CodeBook::CodeBook(Database &database)
    : m_database(database)
{
}

bool CodeBook::isColour(const QString &colour)
{
    static const QRegularExpression pattern(u"^#[0-9a-fA-F]{6}$"_s);
    return pattern.match(colour).hasMatch();
}

Result<void> CodeBook::checkName(const QString &name, qint64 parentId, qint64 exceptId) const
{
    const QString trimmed = name.trimmed();
    if (trimmed.isEmpty()) {
        return badInput(tr("A code needs a name."));
    }
    if (trimmed.contains(u'/')) {
        return badInput(tr("The code name '%1' contains '/', which separates the levels of a path.").arg(trimmed));
    }
    Result<QSqlQuery> same = run(m_database,
                                 u"SELECT id FROM code WHERE coalesce(parent_id, 0) = ? AND "_s + m_database.dialect().caseInsensitiveEquals(u"name"_s, u"?"_s) + u" AND id <> ?"_s,
                                 {parentId, trimmed, exceptId});
    if (!same) {
        return same.error();
    }
    if (same->next()) {
        const QString parent = parentId > 0 ? fullPath(parentId) : QString();
        return badInput(parent.isEmpty() ? tr("There is already a code '%1' at the top level.").arg(trimmed)
                                         : tr("There is already a code '%1' under '%2'.").arg(trimmed, parent));
    }
    return {};
}

Result<qint64> CodeBook::create(const QString &name, const QString &colour, const QString &description, qint64 parentId)
{
    if (!isColour(colour)) {
        return badInput(tr("The colour '%1' of code '%2' is not of the form #rrggbb.").arg(colour, name.trimmed()));
    }
    if (parentId > 0 && !find(parentId)) {
        return badInput(tr("There is no parent code %1 for '%2'.").arg(parentId).arg(name.trimmed()));
    }
    if (Result<void> checked = checkName(name, parentId, 0); !checked) {
        return checked.error();
    }
    std::optional<Transaction> transaction;
    if (Result<Transaction *> begun = begin(m_database, transaction); !begun) {
        return begun.error();
    }
    Result<QSqlQuery> inserted = run(m_database,
                                     u"INSERT INTO code (name, colour, description, parent_id, position) VALUES "
                                     "(?, ?, coalesce(?, ''), ?, (SELECT coalesce(max(position) + 1, 0) FROM code "
                                     "WHERE coalesce(parent_id, 0) = ?))"_s,
                                     {name.trimmed(), colour.toLower(), description, parentValue(parentId), parentId});
    if (!inserted) {
        return inserted.error();
    }
    const qint64 id = inserted->lastInsertId().toLongLong();
    if (Result<void> committed = transaction->commit(); !committed) {
        return committed.error();
    }
    return id;
}

Result<void> CodeBook::setColumn(qint64 id, const QString &column, const QString &value)
{
    std::optional<Transaction> transaction;
    if (Result<Transaction *> begun = begin(m_database, transaction); !begun) {
        return begun.error();
    }
    // `column` is one of our own column names, never user input.
    if (Result<QSqlQuery> updated = run(m_database, u"UPDATE code SET "_s + column + u" = coalesce(?, '') WHERE id = ?"_s, {value, id});
        !updated) {
        return updated.error();
    }
    return transaction->commit();
}

Result<void> CodeBook::rename(qint64 id, const QString &name)
{
    const std::optional<Code> code = find(id);
    if (!code) {
        return badInput(tr("There is no code %1.").arg(id));
    }
    if (Result<void> checked = checkName(name, code->parentId, id); !checked) {
        return checked;
    }
    return setColumn(id, u"name"_s, name.trimmed());
}

Result<void> CodeBook::recolour(qint64 id, const QString &colour)
{
    const std::optional<Code> code = find(id);
    if (!code) {
        return badInput(tr("There is no code %1.").arg(id));
    }
    if (!isColour(colour)) {
        return badInput(tr("The colour '%1' of code '%2' is not of the form #rrggbb.").arg(colour, code->name));
    }
    return setColumn(id, u"colour"_s, colour.toLower());
}

Result<void> CodeBook::describe(qint64 id, const QString &description)
{
    if (!find(id)) {
        return badInput(tr("There is no code %1.").arg(id));
    }
    return setColumn(id, u"description"_s, description);
}

Result<void> CodeBook::move(qint64 id, qint64 parentId, int position)
{
    const std::optional<Code> code = find(id);
    if (!code) {
        return badInput(tr("There is no code %1.").arg(id));
    }
    if (parentId > 0) {
        if (!find(parentId)) {
            return badInput(tr("There is no parent code %1 for '%2'.").arg(parentId).arg(code->name));
        }
        Result<QList<qint64>> below = withDescendants(id);
        if (!below) {
            return below.error();
        }
        if (below->contains(parentId)) {
            return badInput(tr("The code '%1' cannot be moved under itself or one of its own children.").arg(fullPath(id)));
        }
    }
    if (Result<void> checked = checkName(code->name, parentId, id); !checked) {
        return checked;
    }
    Result<QSqlQuery> siblings = run(m_database,
                                     u"SELECT id FROM code WHERE coalesce(parent_id, 0) = ? AND id <> ? ORDER BY position, id"_s,
                                     {parentId, id});
    if (!siblings) {
        return siblings.error();
    }
    QList<qint64> order;
    while (siblings->next()) {
        order.append(siblings->value(0).toLongLong());
    }
    const qsizetype at = position < 0 ? order.size() : std::min<qsizetype>(position, order.size());
    order.insert(at, id);
    std::optional<Transaction> transaction;
    if (Result<Transaction *> begun = begin(m_database, transaction); !begun) {
        return begun.error();
    }
    if (Result<QSqlQuery> moved = run(m_database, u"UPDATE code SET parent_id = ? WHERE id = ?"_s, {parentValue(parentId), id});
        !moved) {
        return moved.error();
    }
    for (qsizetype k = 0; k < order.size(); ++k) {
        if (Result<QSqlQuery> placed = run(m_database, u"UPDATE code SET position = ? WHERE id = ?"_s, {int(k), order.at(k)});
            !placed) {
            return placed.error();
        }
    }
    return transaction->commit();
}

Result<void> CodeBook::merge(qint64 from, qint64 into)
{
    const std::optional<Code> source = find(from);
    const std::optional<Code> target = find(into);
    if (!source || !target) {
        return badInput(tr("There is no code %1.").arg(!source ? from : into));
    }
    Result<QList<qint64>> below = withDescendants(from);
    if (!below) {
        return below.error();
    }
    if (below->contains(into)) {
        return badInput(tr("The code '%1' cannot be merged into itself or one of its own children.").arg(fullPath(from)));
    }
    std::optional<Transaction> transaction;
    if (Result<Transaction *> begun = begin(m_database, transaction); !begun) {
        return begun.error();
    }
    Result<QSqlQuery> children = run(m_database, u"SELECT id, name FROM code WHERE parent_id = ? ORDER BY position, id"_s, {from});
    if (!children) {
        return children.error();
    }
    while (children->next()) {
        const qint64 child = children->value(0).toLongLong();
        if (Result<void> checked = checkName(children->value(1).toString(), into, child); !checked) {
            return checked;
        }
        if (Result<QSqlQuery> moved = run(m_database,
                                          u"UPDATE code SET parent_id = ?, position = (SELECT coalesce(max(position) + 1, 0) "
                                          "FROM code WHERE parent_id = ?) WHERE id = ?"_s,
                                          {into, into, child});
            !moved) {
            return moved.error();
        }
    }
    if (Result<QSqlQuery> moved = run(m_database, u"UPDATE annotation SET code_id = ? WHERE code_id = ?"_s, {into, from}); !moved) {
        return moved.error();
    }
    if (Result<QSqlQuery> removed = run(m_database, u"DELETE FROM code WHERE id = ?"_s, {from}); !removed) {
        return removed.error();
    }
    return transaction->commit();
}

Result<void> CodeBook::remove(qint64 id, RemovedAnnotations annotations, qint64 target)
{
    if (!find(id)) {
        return badInput(tr("There is no code %1.").arg(id));
    }
    Result<QList<qint64>> below = withDescendants(id);
    if (!below) {
        return below.error();
    }
    if (annotations == RemovedAnnotations::MoveTo) {
        if (!find(target)) {
            return badInput(tr("There is no code %1 to move the annotations of '%2' to.").arg(target).arg(fullPath(id)));
        }
        if (below->contains(target)) {
            return badInput(tr("The annotations of '%1' cannot move to a code that is removed with it.").arg(fullPath(id)));
        }
    }
    std::optional<Transaction> transaction;
    if (Result<Transaction *> begun = begin(m_database, transaction); !begun) {
        return begun.error();
    }
    for (qint64 code : std::as_const(*below)) {
        Result<QSqlQuery> handled = annotations == RemovedAnnotations::Delete
            ? run(m_database, u"DELETE FROM annotation WHERE code_id = ?"_s, {code})
            : annotations == RemovedAnnotations::MoveTo
            ? run(m_database, u"UPDATE annotation SET code_id = ? WHERE code_id = ?"_s, {target, code})
            : run(m_database, u"UPDATE annotation SET code_id = NULL WHERE code_id = ?"_s, {code});
        if (!handled) {
            return handled.error();
        }
    }
    if (Result<QSqlQuery> removed = run(m_database, u"DELETE FROM code WHERE id = ?"_s, {id}); !removed) {
        return removed.error();
    }
    return transaction->commit();
}

Result<QList<Code>> CodeBook::list() const
{
    Result<QSqlQuery> query = run(m_database, u"SELECT id, name, colour, description, coalesce(parent_id, 0), position "
                                              "FROM code ORDER BY position, id"_s);
    if (!query) {
        return query.error();
    }
    QHash<qint64, QList<Code>> byParent;
    while (query->next()) {
        Code code;
        code.id = query->value(0).toLongLong();
        code.name = query->value(1).toString();
        code.colour = query->value(2).toString();
        code.description = query->value(3).toString();
        code.parentId = query->value(4).toLongLong();
        code.position = query->value(5).toInt();
        byParent[code.parentId].append(code);
    }
    QList<Code> ordered;
    const auto visit = [&](const auto &self, qint64 parent, int depth) -> void {
        for (Code code : byParent.value(parent)) {
            code.depth = depth;
            ordered.append(code);
            self(self, code.id, depth + 1);
        }
    };
    visit(visit, 0, 0);
    return ordered;
}

std::optional<Code> CodeBook::find(qint64 id) const
{
    Result<QSqlQuery> query = run(m_database, u"SELECT id, name, colour, description, coalesce(parent_id, 0), position "
                                              "FROM code WHERE id = ?"_s,
                                  {id});
    if (!query || !query->next()) {
        return std::nullopt;
    }
    return Code{query->value(0).toLongLong(), query->value(1).toString(), query->value(2).toString(),
                query->value(3).toString(), query->value(4).toLongLong(), query->value(5).toInt(), 0};
}

Result<Code> CodeBook::findByName(const QString &nameOrPath) const
{
    const QStringList parts = nameOrPath.split(u'/');
    if (parts.size() > 1) {
        qint64 parent = 0;
        for (const QString &part : parts) {
            Result<QSqlQuery> query = run(m_database,
                                          u"SELECT id FROM code WHERE coalesce(parent_id, 0) = ? AND "_s + m_database.dialect().caseInsensitiveEquals(u"name"_s, u"?"_s),
                                          {parent, part.trimmed()});
            if (!query) {
                return query.error();
            }
            if (!query->next()) {
                return badInput(tr("There is no code '%1'.").arg(nameOrPath));
            }
            parent = query->value(0).toLongLong();
        }
        return *find(parent);
    }
    Result<QSqlQuery> query = run(m_database, u"SELECT id FROM code WHERE "_s + m_database.dialect().caseInsensitiveEquals(u"name"_s, u"?"_s) + u" ORDER BY id"_s,
                                  {nameOrPath.trimmed()});
    if (!query) {
        return query.error();
    }
    QList<qint64> ids;
    while (query->next()) {
        ids.append(query->value(0).toLongLong());
    }
    if (ids.isEmpty()) {
        return badInput(tr("There is no code '%1'.").arg(nameOrPath));
    }
    if (ids.size() > 1) {
        QStringList paths;
        for (qint64 id : std::as_const(ids)) {
            paths << fullPath(id);
        }
        return badInput(tr("The code name '%1' is ambiguous; use its full path (%2).").arg(nameOrPath, paths.join(u", "_s)));
    }
    return *find(ids.constFirst());
}

QString CodeBook::fullPath(qint64 id) const
{
    QStringList parts;
    qint64 current = id;
    // A bounded walk: a damaged table with a cycle must not hang the caller.
    for (int guard = 0; current > 0 && guard < 1000; ++guard) {
        const std::optional<Code> code = find(current);
        if (!code) {
            break;
        }
        parts.prepend(code->name);
        current = code->parentId;
    }
    return parts.join(u'/');
}

Result<QList<qint64>> CodeBook::withDescendants(qint64 id) const
{
    Result<QSqlQuery> query = run(m_database,
                                  u"WITH RECURSIVE below(id) AS (SELECT CAST(? AS BIGINT) UNION SELECT c.id FROM code c JOIN below b "
                                  "ON c.parent_id = b.id) SELECT id FROM below"_s,
                                  {id});
    if (!query) {
        return query.error();
    }
    QList<qint64> ids;
    while (query->next()) {
        ids.append(query->value(0).toLongLong());
    }
    return ids;
}

Result<qint64> CodeBook::count() const
{
    Result<QSqlQuery> query = run(m_database, u"SELECT count(*) FROM code"_s);
    if (!query) {
        return query.error();
    }
    query->next();
    return query->value(0).toLongLong();
}

Result<void> CodeBook::installDefault()
{
    Result<qint64> codes = count();
    if (!codes) {
        return codes.error();
    }
    if (*codes > 0) {
        return {};
    }
    QFile book(u":/gloss/codebooks/news.json"_s);
    if (!book.open(QIODevice::ReadOnly)) {
        return ioError(tr("The default code book %1 cannot be read: %2").arg(book.fileName(), book.errorString()));
    }
    return loadBook(book.readAll(), book.fileName(), false);
}

Result<void> CodeBook::replaceWith(const QString &path)
{
    QFile book(path);
    if (!book.open(QIODevice::ReadOnly)) {
        return badInput(tr("The code book %1 cannot be read: %2").arg(path, book.errorString()));
    }
    return loadBook(book.readAll(), path, true);
}

Result<void> CodeBook::loadBook(const QByteArray &json, const QString &fileName, bool replace)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        return badInput(tr("%1: not a JSON code book (%2 at byte %3).").arg(fileName, parseError.errorString()).arg(parseError.offset));
    }
    const QJsonValue codes = document.object().value(u"codes"_s);
    if (!codes.isArray()) {
        return badInput(tr("%1: the field 'codes' must be a list of codes.").arg(fileName));
    }
    // Validate everything before touching the corpus.
    struct Entry {
        QString path;
        QString name;
        QString colour;
        QString description;
        QString parentPath;
    };
    QList<Entry> entries;
    QString error;
    const auto collect = [&](const auto &self, const QJsonArray &list, const QString &parentPath, const QString &where) -> bool {
        QStringList seen;
        for (qsizetype k = 0; k < list.size(); ++k) {
            const QString field = where + u'[' + QString::number(k) + u']';
            const QJsonObject object = list.at(k).toObject();
            const QString name = object.value(u"name"_s).toString().trimmed();
            if (name.isEmpty() || name.contains(u'/')) {
                error = tr("%1: %2.name must be a non-empty name without '/'.").arg(fileName, field);
                return false;
            }
            if (seen.contains(name, Qt::CaseInsensitive)) {
                error = tr("%1: %2.name: the code '%3' appears twice at the same level.").arg(fileName, field, name);
                return false;
            }
            seen << name;
            const QString colour = object.value(u"colour"_s).toString(u"#808080"_s);
            if (!isColour(colour)) {
                error = tr("%1: %2.colour: '%3' (code '%4') is not of the form #rrggbb.").arg(fileName, field, colour, name);
                return false;
            }
            const QString path = parentPath.isEmpty() ? name : parentPath + u'/' + name;
            entries.append({path, name, colour.toLower(), object.value(u"description"_s).toString(), parentPath});
            const QJsonValue children = object.value(u"children"_s);
            if (!children.isUndefined() && !children.isArray()) {
                error = tr("%1: %2.children must be a list of codes.").arg(fileName, field);
                return false;
            }
            if (!self(self, children.toArray(), path, field + u".children"_s)) {
                return false;
            }
        }
        return true;
    };
    if (!collect(collect, codes.toArray(), QString(), u"codes"_s)) {
        return badInput(error);
    }

    std::optional<Transaction> transaction;
    if (Result<Transaction *> begun = begin(m_database, transaction); !begun) {
        return begun.error();
    }
    QHash<qint64, QString> annotationPaths;
    if (replace) {
        Result<QList<Code>> old = list();
        if (!old) {
            return old.error();
        }
        QHash<qint64, QString> paths;
        for (const Code &code : std::as_const(*old)) {
            paths.insert(code.id, code.parentId > 0 ? paths.value(code.parentId) + u'/' + code.name : code.name);
        }
        Result<QSqlQuery> coded = run(m_database, u"SELECT id, code_id FROM annotation WHERE code_id IS NOT NULL"_s);
        if (!coded) {
            return coded.error();
        }
        while (coded->next()) {
            annotationPaths.insert(coded->value(0).toLongLong(), paths.value(coded->value(1).toLongLong()));
        }
        if (Result<QSqlQuery> cleared = run(m_database, u"DELETE FROM code"_s); !cleared) {
            return cleared.error();
        }
    }
    QHash<QString, qint64> ids;
    QHash<QString, int> positions;
    for (const Entry &entry : std::as_const(entries)) {
        const qint64 parent = ids.value(entry.parentPath);
        Result<QSqlQuery> inserted = run(m_database,
                                         u"INSERT INTO code (name, colour, description, parent_id, position) VALUES (?, ?, coalesce(?, ''), ?, ?)"_s,
                                         {entry.name, entry.colour, entry.description, parentValue(parent),
                                          positions[entry.parentPath]++});
        if (!inserted) {
            return inserted.error();
        }
        ids.insert(entry.path, inserted->lastInsertId().toLongLong());
    }
    for (auto it = annotationPaths.cbegin(); it != annotationPaths.cend(); ++it) {
        const qint64 code = ids.value(it.value());
        if (code > 0) {
            if (Result<QSqlQuery> kept = run(m_database, u"UPDATE annotation SET code_id = ? WHERE id = ?"_s, {code, it.key()});
                !kept) {
                return kept.error();
            }
        }
    }
    return transaction->commit();
}

Result<Code> CodeBook::findOrCreate(const QString &nameOrPath, const QString &colour, qint64 *created)
{
    if (created) {
        *created = 0;
    }
    Result<Code> found = findByName(nameOrPath);
    if (found || found.errorString().contains(u"ambiguous"_s) || found.error().kind != ErrorKind::BadInput) {
        return found;
    }
    qint64 parent = 0;
    for (const QString &rawPart : nameOrPath.split(u'/')) {
        const QString part = rawPart.trimmed();
        Result<QSqlQuery> query = run(m_database, u"SELECT id FROM code WHERE coalesce(parent_id, 0) = ? AND "_s + m_database.dialect().caseInsensitiveEquals(u"name"_s, u"?"_s),
                                      {parent, part});
        if (!query) {
            return query.error();
        }
        if (query->next()) {
            parent = query->value(0).toLongLong();
            continue;
        }
        Result<qint64> made = create(part, colour, {}, parent);
        if (!made) {
            return made.error();
        }
        if (created && *created == 0) {
            *created = *made;
        }
        parent = *made;
    }
    return *find(parent);
}

} // namespace Gloss
