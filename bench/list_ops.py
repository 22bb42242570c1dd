# Lists: append/pop/insert, slicing, sorting (with and without keys),
# comprehensions, reversal, min/max/sum, enumerate/zip/map/filter.


def lcg_list(seed, n):
    out = []
    x = seed
    for _ in range(n):
        x = (x * 1103515245 + 12345) & 0x7FFFFFFF
        out.append(x % 100000)
    return out


def insertion_sort(a):
    a = a[:]
    for i in range(1, len(a)):
        v = a[i]
        j = i - 1
        while j >= 0 and a[j] > v:
            a[j + 1] = a[j]
            j -= 1
        a[j + 1] = v
    return a


def merge_sort(a):
    if len(a) <= 16:
        return insertion_sort(a)
    mid = len(a) // 2
    left = merge_sort(a[:mid])
    right = merge_sort(a[mid:])
    out = []
    i = 0
    j = 0
    while i < len(left) and j < len(right):
        if left[i] <= right[j]:
            out.append(left[i])
            i += 1
        else:
            out.append(right[j])
            j += 1
    out.extend(left[i:])
    out.extend(right[j:])
    return out


def stack_queue(data):
    # Use a list as a stack and as a (slow) queue.
    stack = []
    total = 0
    for v in data:
        stack.append(v)
        if v % 3 == 0:
            total += stack.pop()
    queue = data[:2000]
    while len(queue) > 1:
        a = queue.pop(0)
        b = queue.pop()
        if a > b:
            queue.insert(len(queue) // 2, a - b)
        total += a + b
    return total + len(stack)


def comprehensions(data):
    squares = [v * v % 1000 for v in data]
    evens = [v for v in squares if v % 2 == 0]
    pairs = [[a, b] for a, b in zip(data, squares) if a > b]
    idx = [i for i, v in enumerate(evens) if v > 500]
    mapped = list(map(lambda v: v + 1, evens))
    filtered = list(filter(lambda v: v % 7 == 0, mapped))
    nested = [[i * j for j in range(8)] for i in range(50)]
    flat = [x for row in nested for x in row]
    return (len(evens) + len(pairs) + sum(idx) + sum(filtered) + sum(flat)
            + max(squares) - min(squares))


def slicing(data):
    total = 0
    n = len(data)
    step = 1
    while step < 64:
        part = data[step:n - step:step]
        total += len(part) + part[0] + part[-1]
        rev = part[::-1]
        total += rev[0] - rev[len(rev) // 2]
        step *= 2
    head = data[:100]
    tail = data[-100:]
    both = head + tail
    both.reverse()
    total += both[0] + both.index(head[0]) + both.count(tail[5])
    return total


def main():
    check = 0
    for r in range(15):
        data = lcg_list(42 + r, 20000)
        s1 = merge_sort(data)
        s2 = sorted(data)
        if s1 != s2:
            print("sort mismatch")
        s3 = sorted(data, key=lambda v: (v % 1000, -v))
        s4 = data[:]
        s4.sort(reverse=True)
        check += s1[100] + s3[100] + s4[100] + s1[-1]
        check += stack_queue(data)
        check += comprehensions(data)
        check += slicing(data)
        check %= 1000000007
    print(f"last={s1[:3]} {s3[:3]} {s4[:3]}")
    print(f"list_ops checksum={check}")


main()
