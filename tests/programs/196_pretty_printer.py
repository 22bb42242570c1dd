# Program: recursive pretty-printer for nested data (JSON-like)
def fmt_scalar(v):
    if v is None:
        return "null"
    if v is True:
        return "true"
    if v is False:
        return "false"
    if isinstance(v, str):
        out = '"'
        for ch in v:
            if ch == '"':
                out += '\\"'
            elif ch == "\\":
                out += "\\\\"
            elif ch == "\n":
                out += "\\n"
            else:
                out += ch
        return out + '"'
    return repr(v)
def dump(v, indent=0):
    pad = "  " * indent
    if isinstance(v, dict):
        if not v:
            return "{}"
        items = []
        for k in v:
            items.append(pad + "  " + fmt_scalar(str(k)) + ": " + dump(v[k], indent + 1))
        return "{\n" + ",\n".join(items) + "\n" + pad + "}"
    if isinstance(v, (list, tuple)):
        if not v:
            return "[]"
        if all([not isinstance(x, (list, tuple, dict)) for x in v]):
            return "[" + ", ".join([fmt_scalar(x) for x in v]) + "]"
        return "[\n" + ",\n".join([pad + "  " + dump(x, indent + 1) for x in v]) + "\n" + pad + "]"
    return fmt_scalar(v)
doc = {
    "name": "glassjit",
    "version": (0, 1, 2),
    "stable": False,
    "license": None,
    "ratio": 0.75,
    "authors": [{"name": "A \"quoted\" dev", "commits": 120}, {"name": "Ünïcode", "commits": 3}],
    "notes": "line1\nline2 with \\ backslash",
    "empty": {},
    "nested": [[1, 2], [], [[3]]],
    42: "int key",
}
print(dump(doc))
print(dump([]), dump({}), dump("x"), dump(1e-9))
