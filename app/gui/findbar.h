// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QLabel;
class QLineEdit;
class QToolButton;

namespace Gloss {

// The reader's find-in-article row: a plain-text, case-insensitive search field, previous and
// next buttons and an "n of m" counter. It only reports what the user asks; ReaderView searches.
class FindBar final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FindBar)

public:
    explicit FindBar(QWidget *parent = nullptr);
    ~FindBar() override;

    QLineEdit *field() const { return m_field; }
    QString text() const;
    // Shows the bar and puts the focus in the field with its text selected.
    void activate();
    // current is 0-based, -1 for none.
    void setMatches(qsizetype current, qsizetype total);
    QString counterText() const;

Q_SIGNALS:
    void textChanged(const QString &text);
    void nextRequested();
    void previousRequested();
    void closeRequested();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QLineEdit *m_field = nullptr;
    QToolButton *m_previous = nullptr;
    QToolButton *m_next = nullptr;
    QLabel *m_counter = nullptr;
    QToolButton *m_close = nullptr;
};

} // namespace Gloss
