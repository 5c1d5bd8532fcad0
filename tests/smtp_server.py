"""A real SMTP server on 127.0.0.1 for the notice tests (aiosmtpd), with switchable failures."""

from __future__ import annotations

import socket
from collections.abc import Iterator
from dataclasses import dataclass, field
from email import message_from_bytes, policy
from email.message import EmailMessage
from typing import Any

import pytest
from aiosmtpd.controller import Controller


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port: int = s.getsockname()[1]
        return port


@dataclass
class Handler:
    """Keeps what arrived; ``mode`` makes the server refuse ("refuse") or hang up ("drop") at DATA."""

    messages: list[EmailMessage] = field(default_factory=list)
    mode: str = "ok"

    async def handle_DATA(self, server: Any, session: Any, envelope: Any) -> str:
        if self.mode == "refuse":
            return "554 5.7.1 Zpráva odmítnuta pravidly serveru"
        if self.mode == "drop":
            server.transport.abort()  # hang up without an answer, as a crashing server does
            return "421 closing"
        msg = message_from_bytes(envelope.content, policy=policy.default)
        assert isinstance(msg, EmailMessage)
        self.messages.append(msg)
        return "250 2.0.0 Ok: queued"


@dataclass
class Server:
    host: str
    port: int
    handler: Handler


@pytest.fixture
def smtp_server() -> Iterator[Server]:
    handler = Handler()
    port = free_port()
    controller = Controller(handler, hostname="127.0.0.1", port=port)
    controller.start()
    try:
        yield Server("127.0.0.1", port, handler)
    finally:
        controller.stop()
