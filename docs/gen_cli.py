"""Regenerate docs/cli.md from the CLI's own --help (tests/test_docs.py fails when it drifts).

    .venv/bin/python docs/gen_cli.py > docs/cli.md
"""
from __future__ import annotations

from click.testing import CliRunner

from detente.cli import cli


def render() -> str:
    runner = CliRunner()
    parts = ["# CLI reference\n",
             "Generated from `detente --help` by `docs/gen_cli.py`; do not edit by hand.\n"]
    parts.append("## detente\n\n```\n" + runner.invoke(cli, ["--help"], prog_name="detente").output + "```\n")
    for name in sorted(cli.commands):
        out = runner.invoke(cli, [name, "--help"], prog_name="detente").output
        parts.append(f"## detente {name}\n\n```\n{out}```\n")
        for sub in sorted(getattr(cli.commands[name], "commands", {})):  # a group's subcommands
            out = runner.invoke(cli, [name, sub, "--help"], prog_name="detente").output
            parts.append(f"## detente {name} {sub}\n\n```\n{out}```\n")
    return "\n".join(parts)


if __name__ == "__main__":
    print(render(), end="")
