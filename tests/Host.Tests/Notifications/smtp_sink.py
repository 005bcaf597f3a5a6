"""A real SMTP server on loopback for the e-mail tests: stores every message it accepts as a .eml file.

Usage: smtp_sink.py FOLDER [PORT]. Prints the port it listens on (a free one unless PORT is given), then
serves until its standard input closes.
Needs aiosmtpd (Debian: python3-aiosmtpd).
"""
import asyncio
import os
import sys
import uuid

from aiosmtpd.smtp import SMTP


class Sink:
    def __init__(self, folder):
        self.folder = folder

    async def handle_DATA(self, server, session, envelope):
        name = os.path.join(self.folder, uuid.uuid4().hex)
        with open(name + ".tmp", "wb") as f:
            f.write(envelope.original_content or envelope.content)
        # Renamed when complete, so a reader never sees half a message.
        os.replace(name + ".tmp", name + ".eml")
        return "250 Message accepted"


async def main(folder, port):
    loop = asyncio.get_running_loop()
    server = await loop.create_server(lambda: SMTP(Sink(folder), hostname="localhost"), "127.0.0.1", port)
    print(server.sockets[0].getsockname()[1], flush=True)
    await loop.run_in_executor(None, sys.stdin.read)
    server.close()
    await server.wait_closed()


if __name__ == "__main__":
    asyncio.run(main(sys.argv[1], int(sys.argv[2]) if len(sys.argv) > 2 else 0))
