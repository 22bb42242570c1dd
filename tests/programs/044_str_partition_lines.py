# partition and splitlines
print("key=value".partition("="))
print("key=value=more".partition("="))
print("novalue".partition("="))
print("=start".partition("="), "end=".partition("="))
print("a -> b -> c".partition(" -> "))
text = "line one\nline two\r\nline three\rline four\n\nlast"
print(text.splitlines())
print("".splitlines(), "\n".splitlines(), "a\n".splitlines(), "a\n\nb".splitlines())
print("no newline".splitlines())
config = """name = glassjit
version = 1.0
# comment
empty =
mode=fast"""
settings = {}
for line in config.splitlines():
    if line.startswith("#"):
        continue
    k, sep, v = line.partition("=")
    settings[k.strip()] = v.strip()
print(settings)
try:
    "abc".partition("")
except ValueError as e:
    print("ValueError:", e)
