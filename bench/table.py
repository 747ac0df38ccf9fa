"""One row per figure: its value, its ratio to a baseline where it has one, the target and
whether it is met; printed as a table or written as JSON."""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass
from pathlib import Path


@dataclass(frozen=True)
class Target:
    limit: float
    on_ratio: bool = False  # the limit is a ratio to the baseline, else a value in the row's unit
    inclusive: bool = False  # "at most" (<=) rather than "under" (<)

    def text(self, unit: str) -> str:
        word = "<=" if self.inclusive else "<"
        return f"{word} {self.limit:g}x" if self.on_ratio else f"{word} {self.limit:g} {unit}"

    def met(self, value: float, ratio: float | None) -> bool:
        measured = ratio if self.on_ratio else value
        assert measured is not None, "a ratio target needs a baseline"
        return measured <= self.limit if self.inclusive else measured < self.limit


@dataclass(frozen=True)
class Row:
    key: str  # stable name, for --json and the test
    figure: str
    value: float
    unit: str
    baseline: str | None = None  # key of the baseline row
    ratio: float | None = None
    target: str | None = None
    met: bool | None = None
    #: a row without a target: "baseline" (a bare program, for the ratios) or "floor" (the
    #: least a figure's process must do, in the same run: why a target out of reach is)
    role: str | None = None


def row(key: str, figure: str, value: float, unit: str, target: Target | None = None,
        baseline: Row | None = None, role: str | None = None) -> Row:  # fmt: skip
    ratio = value / baseline.value if baseline is not None and baseline.value else None
    return Row(
        key, figure, value, unit,
        baseline=baseline.key if baseline else None,
        ratio=ratio,
        target=target.text(unit) if target else None,
        met=target.met(value, ratio) if target else None,
        role=None if target else (role or "baseline"),
    )  # fmt: skip


def _value(r: Row) -> str:
    if r.unit == "ms" and r.value >= 10_000:
        return f"{r.value / 1000:.1f} s"
    return f"{r.value:.0f} {r.unit}" if r.value >= 100 or r.unit == "ms" else f"{r.value:.1f} {r.unit}"


def render(rows: list[Row], baselines: dict[str, str]) -> str:
    head = ("figure", "value", "ratio", "target", "met")
    lines = []
    for r in rows:
        ratio = f"{r.ratio:.2f}x {baselines.get(r.baseline, r.baseline)}" if r.ratio is not None else ""
        met = "" if r.met is None else ("yes" if r.met else "NO")
        lines.append((r.figure, _value(r), ratio, r.target or f"({r.role})", met))
    widths = [max(len(x[i]) for x in [head, *lines]) for i in range(len(head))]
    out = ["  ".join(h.ljust(w) for h, w in zip(head, widths)).rstrip()]
    out.append("  ".join("-" * w for w in widths))
    for line in lines:
        out.append("  ".join(c.ljust(w) if i != 1 else c.rjust(w) for i, (c, w) in enumerate(zip(line, widths))).rstrip())
    return "\n".join(out)


def write_json(path: Path, rows: list[Row], meta: dict) -> None:
    path.write_text(json.dumps({"meta": meta, "figures": [asdict(r) for r in rows]}, indent=2, ensure_ascii=False) + "\n")
