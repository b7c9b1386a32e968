// SPDX-License-Identifier: GPL-3.0-or-later
#include "util/boundedqueue.h"

#include <QTest>

#include <thread>

using namespace Gloss;

class TestBoundedQueue final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void deliversEverythingInOrder()
    {
        BoundedQueue<int> queue(4);
        std::jthread producer([&queue] {
            for (int i = 0; i < 10000; ++i) {
                QVERIFY(queue.push(i));
            }
            queue.close();
        });
        int expected = 0;
        while (std::optional<int> item = queue.pop()) {
            QCOMPARE(*item, expected++);
        }
        QCOMPARE(expected, 10000);
    }

    void stopReleasesABlockedProducer()
    {
        BoundedQueue<int> queue(2);
        bool lastPushAccepted = true;
        std::jthread producer([&] {
            for (int i = 0; i < 100 && lastPushAccepted; ++i) {
                lastPushAccepted = queue.push(i);
            }
        });
        QCOMPARE(queue.pop(), std::optional<int>(0));
        queue.stop();
        producer.join();
        QVERIFY(!lastPushAccepted);
        QVERIFY(queue.isStopped());
        QCOMPARE(queue.pop(), std::nullopt);
    }

    void closedEmptyQueueEndsTheStream()
    {
        BoundedQueue<int> queue(1);
        queue.close();
        QCOMPARE(queue.pop(), std::nullopt);
    }
};

QTEST_GUILESS_MAIN(TestBoundedQueue)
#include "tst_boundedqueue.moc"
