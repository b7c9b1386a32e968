// SPDX-License-Identifier: GPL-3.0-or-later
#include "startupprobe.h"

#include <QCoreApplication>
#include <QEvent>
#include <QTimer>
#include <QWidget>

#include <cstdio>

namespace Gloss {

bool StartupProbe::isRequested()
{
    return qEnvironmentVariableIsSet("GLOSS_REPORT_READY");
}

StartupProbe::StartupProbe(QWidget *watched, QObject *parent)
    : QObject(parent)
{
    watched->installEventFilter(this);
}

bool StartupProbe::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::Paint && !m_reported) {
        m_reported = true;
        // After this paint has finished.
        QTimer::singleShot(0, this, [] {
            std::fputs("ready\n", stdout);
            std::fflush(stdout);
            QCoreApplication::quit();
        });
    }
    return QObject::eventFilter(watched, event);
}

} // namespace Gloss
