# Palindromes and anagrams
def normalize(s):
    return "".join([c.lower() for c in s if c.isalnum()])
def is_pal(s):
    n = normalize(s)
    return n == n[::-1]
for s in ["racecar", "A man, a plan, a canal: Panama", "hello", "", "No 'x' in Nixon", "ab", "Was it a car or a cat I saw?"]:
    print(repr(s), is_pal(s))
def longest_pal(s):
    best = ""
    for i in range(len(s)):
        for j in range(i, len(s)):
            sub = s[i:j + 1]
            if sub == sub[::-1] and len(sub) > len(best):
                best = sub
    return best
for s in ["babad", "cbbd", "forgeeksskeegfor", "abc", "aaaa"]:
    print(s, longest_pal(s))
def is_anagram(a, b):
    return sorted(normalize(a)) == sorted(normalize(b))
print(is_anagram("listen", "silent"), is_anagram("Dormitory", "dirty room"), is_anagram("abc", "abd"))
groups = {}
for w in ["eat", "tea", "tan", "ate", "nat", "bat"]:
    key = "".join(sorted(w))
    groups.setdefault(key, []).append(w)
for k in sorted(groups):
    print(k, groups[k])
