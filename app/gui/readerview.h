// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "store/document.h"

#include <QWidget>

class QLabel;
class QPlainTextEdit;

namespace Gloss {

// One article as plain text (never rich text or HTML from the article) under a header with its
// title, date and source.
class ReaderView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ReaderView)

public:
    explicit ReaderView(QWidget *parent = nullptr);
    ~ReaderView() override;

    void showDocument(const Document &document);
    void clear();
    qint64 documentId() const { return m_documentId; }
    QPlainTextEdit *textView() const { return m_text; }
    QString titleText() const;

protected:
    void changeEvent(QEvent *event) override;

private:
    void applyTheme();

    QLabel *m_title = nullptr;
    QLabel *m_meta = nullptr;
    QPlainTextEdit *m_text = nullptr;
    qint64 m_documentId = 0;
};

} // namespace Gloss
