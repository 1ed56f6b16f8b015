"""`agent-assist sync` without --once: keep every account in sync until interrupted."""

from __future__ import annotations

import signal
import threading

from agent_assist.core.models import Channel
from agent_assist.services.email.parsing import make_parse_executor
from agent_assist.services.email.runner import AccountRunner
from agent_assist.services.matrix.runner import MatrixRunner
from agent_assist.services.telegram.runner import TelegramRunner
from agent_assist.storage.profile import Profile
from agent_assist.storage.repositories import Repos
from agent_assist.storage.secrets import SecretStore


def run_forever(profile: Profile) -> int:
    stop = threading.Event()
    signal.signal(signal.SIGTERM, lambda *_: stop.set())
    secrets = SecretStore(profile.root)
    executor = make_parse_executor()

    def notify(event: str, payload: object) -> None:
        if event in ("error", "warning"):
            print(f"sync: {payload}", flush=True)

    runners: list[AccountRunner | TelegramRunner | MatrixRunner] = []
    for account in Repos.of(profile.pool.get()).accounts.list():
        if not account.enabled:
            continue
        if account.channel is Channel.EMAIL:
            runners.append(AccountRunner(profile, account, secrets, notify, executor=executor))
        elif account.channel is Channel.TELEGRAM:
            runners.append(TelegramRunner(profile, account, secrets, notify))
        elif account.channel is Channel.MATRIX:
            runners.append(MatrixRunner(profile, account, secrets, notify))
    for runner in runners:
        runner.start()
    try:
        stop.wait()
    except KeyboardInterrupt:
        pass
    finally:
        for runner in runners:
            runner.stop()
        for runner in runners:
            runner.join(timeout=10)
        executor.shutdown()
    return 0
