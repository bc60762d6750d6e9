"""Write README.md from nbs/index.ipynb, the docs home page: the same text, code and saved outputs.

`nbdev-readme` does this through Quarto, which cannot be installed on our machines, so this is the same conversion
without it. Links to documentation pages (`core.html`) become links to their notebooks (`nbs/00_core.ipynb`), which
work on a repository page. `.ci/run` runs it with `--check` and fails when README.md is out of date.

    python tools/make_readme.py [--check]
"""
import json, re, sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
NBS = ROOT/"nbs"

def _page(nb:Path) -> str:
    "The docs page name nbdev gives a notebook: its name without the number prefix."
    return re.sub(r"^\d+[a-z]?_", "", nb.stem) + ".html"

def _links(text:str, pages:dict) -> str:
    return re.sub(r"\]\(([\w.-]+\.html)\)", lambda m: f"]({pages.get(m[1], m[1])})", text)

def _output(o:dict) -> str:
    data = o.get("data", {})
    if "text/markdown" in data: return "".join(data["text/markdown"])
    if "text/plain" in data: return "```\n" + "".join(data["text/plain"]).rstrip() + "\n```"
    if o.get("output_type") == "stream": return "```\n" + "".join(o.get("text", "")).rstrip() + "\n```"
    return ""

def readme() -> str:
    "README.md's text from nbs/index.ipynb."
    pages = {_page(p): f"nbs/{p.name}" for p in sorted(NBS.glob("[0-9]*.ipynb"))}
    parts = []
    for cell in json.loads((NBS/"index.ipynb").read_text())["cells"]:
        src = "".join(cell["source"]).strip()
        if cell["cell_type"] == "markdown": parts.append(_links(src, pages))
        elif src and not src.startswith("#| hide"):
            parts.append(f"```python\n{src}\n```")
            parts += [out for out in map(_output, cell.get("outputs", [])) if out]
    text = "\n\n".join(parts) + "\n"
    return re.sub(r"^> ", "> ", text, count=1)

if __name__ == "__main__":
    new, path = readme(), ROOT/"README.md"
    if "--check" in sys.argv:
        if path.read_text() != new: sys.exit("README.md is not nbs/index.ipynb: run `python tools/make_readme.py` and commit it")
    else: path.write_text(new)
