// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <condition_variable>
#include <deque>
#include <mutex>
#include <optional>

namespace Gloss {

// A queue between one producer and one consumer thread that holds at most `capacity` items, so
// a fast producer cannot run far ahead. close() ends the stream; stop() also makes push() give up.
template<typename T>
class BoundedQueue final
{
public:
    explicit BoundedQueue(std::size_t capacity)
        : m_capacity(capacity)
    {
    }

    // Blocks while full; false when the queue was stopped.
    bool push(T item)
    {
        std::unique_lock lock(m_mutex);
        m_notFull.wait(lock, [this] { return m_stopped || m_items.size() < m_capacity; });
        if (m_stopped) {
            return false;
        }
        m_items.push_back(std::move(item));
        m_notEmpty.notify_one();
        return true;
    }

    // Blocks while empty; nullopt once closed (or stopped) and drained.
#if defined(__GNUC__) && !defined(__clang__)
// GCC 14 warns that moving an item holding a std::optional "may be used uninitialized" (a known
// false positive of its optional payload analysis, GCC bug 80635).
#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wmaybe-uninitialized"
#endif
    std::optional<T> pop()
    {
        std::unique_lock lock(m_mutex);
        m_notEmpty.wait(lock, [this] { return m_closed || m_stopped || !m_items.empty(); });
        if (m_items.empty() || m_stopped) {
            return std::nullopt;
        }
        std::optional<T> item(std::in_place, std::move(m_items.front()));
        m_items.pop_front();
        m_notFull.notify_one();
        return item;
    }
#if defined(__GNUC__) && !defined(__clang__)
#pragma GCC diagnostic pop
#endif

    void close()
    {
        std::lock_guard lock(m_mutex);
        m_closed = true;
        m_notEmpty.notify_all();
    }

    void stop()
    {
        std::lock_guard lock(m_mutex);
        m_stopped = true;
        m_items.clear();
        m_notEmpty.notify_all();
        m_notFull.notify_all();
    }

    bool isStopped() const
    {
        std::lock_guard lock(m_mutex);
        return m_stopped;
    }

private:
    const std::size_t m_capacity;
    mutable std::mutex m_mutex;
    std::condition_variable m_notEmpty;
    std::condition_variable m_notFull;
    std::deque<T> m_items;
    bool m_closed = false;
    bool m_stopped = false;
};

} // namespace Gloss
