// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "store/codebook.h"

#include <QDialog>

class QLineEdit;
class QListWidget;
class QListWidgetItem;

namespace Gloss {

// A small popup to pick a code by typing part of its name (or path): Up/Down move, Enter
// applies, Escape cancels. When nothing matches, Enter offers to create a code of that name.
class CodePicker final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CodePicker)

public:
    explicit CodePicker(const QList<Code> &codes, QWidget *parent = nullptr);
    ~CodePicker() override;

    // After exec() returned Accepted: the code chosen, or 0 with newCodeName() to create.
    qint64 chosenCode() const { return m_chosen; }
    QString newCodeName() const { return m_newName; }

    QLineEdit *searchField() const { return m_search; }
    QListWidget *list() const { return m_list; }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void filter(const QString &text);
    void choose(QListWidgetItem *item);

    QLineEdit *m_search;
    QListWidget *m_list;
    QList<Code> m_codes;
    QHash<qint64, QString> m_paths;
    qint64 m_chosen = 0;
    QString m_newName;
};

} // namespace Gloss
