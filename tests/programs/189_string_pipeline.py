# Program: a string-processing pipeline built from small functions
def strip_lines(lines):
    return [l.strip() for l in lines]
def drop_empty(lines):
    return [l for l in lines if l]
def drop_comments(lines):
    return [l for l in lines if not l.startswith("#")]
def normalize_ws(lines):
    return [" ".join(l.split()) for l in lines]
def parse_records(lines):
    recs = []
    for l in lines:
        name, _, rest = l.partition(":")
        fields = [f.strip() for f in rest.split(",")]
        recs.append((name.strip().title(), fields))
    return recs
def run(data, *stages):
    for st in stages:
        data = st(data)
    return data
RAW = """
# people file
  alice smith :  admin,  dev ,ops
BOB   jones: dev

# trailing comment
carol  de la cruz:qa,dev,   docs
  dave:
"""
lines = RAW.splitlines()
print(len(lines))
cleaned = run(lines, strip_lines, drop_empty, drop_comments, normalize_ws)
for l in cleaned:
    print(repr(l))
recs = parse_records(cleaned)
for name, roles in recs:
    roles = [r for r in roles if r]
    print(f"{name:<18}|{','.join(sorted(roles)):<16}|{len(roles)}")
role_index = {}
for name, roles in recs:
    for r in roles:
        if r:
            role_index.setdefault(r, []).append(name.split()[0])
for r in sorted(role_index):
    print(r.upper().ljust(6, "."), ", ".join(role_index[r]))
initials = ["".join([p[0] for p in n.split()]) for n, _ in recs]
print(initials, "-".join(initials).lower().replace("-", "+"))
