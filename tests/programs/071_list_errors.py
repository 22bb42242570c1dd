# Error conditions on lists and tuples
lst = [1, 2, 3]
nothing = None
five = 5
tests = [
    lambda: lst[3],
    lambda: lst[-4],
    lambda: lst.index(9),
    lambda: lst.remove(9),
    lambda: [].pop(),
    lambda: (1, 2)[2],
    lambda: lst["a"],
    lambda: lst + "a",
    lambda: lst * 1.5,
    lambda: lst[1.0],
    lambda: (1, 2) + [3],
    lambda: len(5),
    lambda: nothing[0],
    lambda: five[0],
]
for i, t in enumerate(tests):
    try:
        print(i, t())
    except IndexError as e:
        print(i, "IndexError:", e)
    except ValueError as e:
        print(i, "ValueError:", e)
    except TypeError as e:
        print(i, "TypeError:", e)
print(lst)
