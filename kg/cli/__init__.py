"""kg's command line: a thin layer over the library (see ``kg --help``).

Every command turns a ``KGError`` into one line on stderr and a non-zero exit (see ``app._App``);
usage errors are Typer's own short messages.
"""
from __future__ import annotations

from .app import app
from . import push, view  # noqa: F401,E402  (register kg push and kg view)


def main(argv: list[str] | None = None) -> None:
    """Console-script entry point."""
    app(args=argv, prog_name="kg")


if __name__ == "__main__":  # pragma: no cover
    main()
