// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>

class QWidget;

namespace Gloss {

// For the startup benchmark: when GLOSS_REPORT_READY is set, prints "ready" on stdout as soon
// as the document list has painted its rows, then quits. Inert otherwise.
class StartupProbe final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(StartupProbe)

public:
    static bool isRequested();
    explicit StartupProbe(QWidget *watched, QObject *parent = nullptr);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    bool m_reported = false;
};

} // namespace Gloss
