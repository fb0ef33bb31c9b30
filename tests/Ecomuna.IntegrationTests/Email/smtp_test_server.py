"""A real SMTP server for the tests (aiosmtpd). It records every accepted message as one JSON line and answers
RCPT TO with a temporary (4xx) or permanent (5xx) failure for the addresses the rules file names.

Usage: python3 smtp_test_server.py PORT LOG_FILE RULES_FILE

The rules file is JSON, read on every RCPT: {"permanent": ["a@x"], "temporary": {"b@x": 2}} refuses a@x for good
and b@x the first 2 times (-1: always). Prints READY when it listens; runs until killed or stdin closes."""
import asyncio
import email
import email.header
import email.policy
import json
import os
import sys
import threading

from aiosmtpd.controller import Controller

port, log_path, rules_path = int(sys.argv[1]), sys.argv[2], sys.argv[3]
# The benchmark measures senders, not the disk: SMTP_TEST_NO_FSYNC=1 leaves the log to the page cache.
no_fsync = os.environ.get("SMTP_TEST_NO_FSYNC") == "1"
refused = {}
lock = threading.Lock()


def rules():
    try:
        with open(rules_path, encoding="utf-8") as f:
            return json.load(f)
    except (OSError, ValueError):
        return {}


class Handler:
    async def handle_RCPT(self, server, session, envelope, address, rcpt_options):
        current = rules()
        key = address.lower()
        if key in [a.lower() for a in current.get("permanent", [])]:
            return "550 5.1.1 Mailbox does not exist"
        temporary = {k.lower(): v for k, v in current.get("temporary", {}).items()}
        if key in temporary:
            with lock:
                times = refused.get(key, 0)
                if temporary[key] < 0 or times < temporary[key]:
                    refused[key] = times + 1
                    return "451 4.3.0 Temporary failure, try again later"
        envelope.rcpt_tos.append(address)
        return "250 OK"

    async def handle_DATA(self, server, session, envelope):
        message = email.message_from_bytes(envelope.original_content or envelope.content, policy=email.policy.default)
        record = {
            "to": envelope.rcpt_tos[0] if envelope.rcpt_tos else "",
            "subject": str(message.get("Subject", "")),
            "id": str(message.get("X-Ecomuna-Outbox-Id", "")),
        }
        with lock, open(log_path, "a", encoding="utf-8") as log:
            log.write(json.dumps(record) + "\n")
            log.flush()
            if not no_fsync:
                os.fsync(log.fileno())
        return "250 OK queued"


controller = Controller(Handler(), hostname="127.0.0.1", port=port)
controller.start()
print("READY", flush=True)
try:
    sys.stdin.read()
finally:
    controller.stop()
