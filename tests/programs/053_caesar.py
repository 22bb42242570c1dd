# Caesar and ROT13 ciphers
def shift_char(c, k):
    if "a" <= c <= "z":
        return chr((ord(c) - ord("a") + k) % 26 + ord("a"))
    if "A" <= c <= "Z":
        return chr((ord(c) - ord("A") + k) % 26 + ord("A"))
    return c
def caesar(text, k):
    return "".join([shift_char(c, k) for c in text])
msg = "Hello, World! The quick brown fox."
for k in [1, 3, 13, 25, -3, 52]:
    enc = caesar(msg, k)
    print(k, enc, caesar(enc, -k) == msg)
print(caesar(caesar(msg, 13), 13))
def vigenere(text, key, sign):
    out = []
    j = 0
    for c in text:
        if c.isalpha():
            out.append(shift_char(c, sign * (ord(key[j % len(key)]) - ord("a"))))
            j += 1
        else:
            out.append(c)
    return "".join(out)
e = vigenere("Attack at dawn", "lemon", 1)
print(e, vigenere(e, "lemon", -1))
