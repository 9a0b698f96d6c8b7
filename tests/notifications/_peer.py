"""Process B of the cross-process tests: it waits on a topic through a Redis store and says on stdout
what it found, one JSON line when it is subscribed and one when its wait ends.

    python _peer.py URL PREFIX TOPIC sync|async
"""

from __future__ import annotations

import asyncio
import json
import sys

from scaretry.redis import RedisNotificationStore


def report(**fields: object) -> None:
    print(json.dumps(fields), flush=True)


def wait_sync(url: str, prefix: str, topic: str) -> None:
    with RedisNotificationStore.from_url(url, prefix=prefix) as store, store.subscribe([topic]) as subscription:
        report(retained=[body.hex() for body in store.retained(topic)], claimed=store.claim("event-1", 30))
        message = subscription.get(timeout=20)
        report(received=None if message is None else [message.topic, message.body.hex()])


async def wait_async(url: str, prefix: str, topic: str) -> None:
    async with (
        RedisNotificationStore.from_url(url, prefix=prefix) as store,
        store.asubscribe([topic]) as subscription,
    ):
        retained = await store.aretained(topic)
        report(retained=[body.hex() for body in retained], claimed=await store.aclaim("event-1", 30))
        message = await subscription.get(timeout=20)
        report(received=None if message is None else [message.topic, message.body.hex()])


if __name__ == "__main__":
    url, prefix, topic, mode = sys.argv[1:]
    if mode == "sync":
        wait_sync(url, prefix, topic)
    else:
        asyncio.run(wait_async(url, prefix, topic))
