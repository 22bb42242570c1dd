# Rich comparison dunders and sorting user objects
class Card:
    RANKS = "23456789TJQKA"
    def __init__(self, s):
        self.rank = s[0]
        self.suit = s[1]
    def value(self):
        return self.RANKS.index(self.rank)
    def __lt__(self, other):
        return self.value() < other.value()
    def __le__(self, other):
        return self.value() <= other.value()
    def __gt__(self, other):
        return self.value() > other.value()
    def __ge__(self, other):
        return self.value() >= other.value()
    def __eq__(self, other):
        return self.value() == other.value()
    def __repr__(self):
        return self.rank + self.suit
hand = [Card(s) for s in ["Ks", "2h", "Td", "As", "2c", "7h"]]
print(sorted(hand), max(hand), min(hand))
print(sorted(hand, reverse=True))
a, b = Card("Qh"), Card("Qs")
print(a < b, a <= b, a == b, a > b, a >= b, a != b)
print(Card("3h") < Card("4h") < Card("5h"))
class Rev:
    def __init__(self, v):
        self.v = v
    def __lt__(self, other):
        return self.v > other.v
    def __repr__(self):
        return f"Rev({self.v})"
print(sorted([Rev(1), Rev(3), Rev(2)]))
print(Rev(1) > Rev(5))
try:
    print(Rev(1) <= Rev(2))
except TypeError as e:
    print("TypeError:", e)
