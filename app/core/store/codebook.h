// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "result.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <optional>

namespace Gloss {

class Database;

// A user category for annotations; codes form a tree (parentId 0 is the root level).
struct Code {
    qint64 id = 0;
    QString name;
    QString colour; // #rrggbb
    QString description;
    qint64 parentId = 0;
    int position = 0; // order among siblings
    int depth = 0;    // filled by CodeBook::list()
};

// The corpus's codes. Every write is its own transaction, committed at once.
class CodeBook final
{
    Q_DECLARE_TR_FUNCTIONS(CodeBook)

public:
    explicit CodeBook(Database &database);

    // What happens to the annotations of a code that is removed.
    enum class RemovedAnnotations {
        Delete,      // they are deleted with the code
        KeepUncoded, // they stay, without a code
        MoveTo,      // they take the code given as `target`
    };

    Result<qint64> create(const QString &name, const QString &colour, const QString &description = {},
                          qint64 parentId = 0);
    Result<void> rename(qint64 id, const QString &name);
    Result<void> recolour(qint64 id, const QString &colour);
    Result<void> describe(qint64 id, const QString &description);
    // Puts the code under `parentId` (0: top level) at `position` among its new siblings
    // (clamped; -1 appends).
    Result<void> move(qint64 id, qint64 parentId, int position = -1);
    // The annotations of `from` take the code `into`; `from` is removed (its children move to `into`).
    Result<void> merge(qint64 from, qint64 into);
    // Children are removed too; their annotations are handled like the code's.
    Result<void> remove(qint64 id, RemovedAnnotations annotations, qint64 target = 0);

    // All codes in tree order: each parent before its children, siblings by position.
    Result<QList<Code>> list() const;
    std::optional<Code> find(qint64 id) const;
    // By full path "Parent/Child", or by plain name when exactly one code has it (case-insensitive).
    Result<Code> findByName(const QString &nameOrPath) const;
    QString fullPath(qint64 id) const;
    // The code of that name or path, made (with any missing parents, in `colour`) when there is
    // none; `created` gets the first code made, 0 when all were there. An ambiguous name fails.
    Result<Code> findOrCreate(const QString &nameOrPath, const QString &colour, qint64 *created = nullptr);
    // The code and all codes below it.
    Result<QList<qint64>> withDescendants(qint64 id) const;
    Result<qint64> count() const;

    // Installs the news-analysis code book shipped with Gloss when the corpus has no codes.
    Result<void> installDefault();
    // Replaces all codes by those of a JSON code book ({"codes": [{name, colour, description,
    // children: […]}]}); annotations keep their code when a code of the same full path exists.
    Result<void> replaceWith(const QString &path);

    static bool isColour(const QString &colour);

private:
    Result<void> checkName(const QString &name, qint64 parentId, qint64 exceptId) const;
    Result<void> setColumn(qint64 id, const QString &column, const QString &value);
    Result<void> loadBook(const QByteArray &json, const QString &fileName, bool replace);

    Database &m_database;
};

} // namespace Gloss
