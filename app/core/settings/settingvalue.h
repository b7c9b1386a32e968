// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QSettings>
#include <QString>
#include <QVariant>

namespace Gloss {

// A typed setting: its key and default live in one place (see settings.h), reads and writes go
// through QSettings with the application's organisation and name.
template<typename T>
class SettingValue final
{
public:
    SettingValue(QString key, T defaultValue = T{})
        : m_key(std::move(key))
        , m_default(std::move(defaultValue))
    {
    }

    T get() const
    {
        const QVariant value = QSettings().value(m_key);
        return value.isValid() && value.canConvert<T>() ? value.template value<T>() : m_default;
    }
    void set(const T &value) const { QSettings().setValue(m_key, QVariant::fromValue(value)); }
    void reset() const { QSettings().remove(m_key); }
    const QString &key() const { return m_key; }
    const T &defaultValue() const { return m_default; }

private:
    QString m_key;
    T m_default;
};

} // namespace Gloss
