# Program: matrix multiplication, powers and Fibonacci via matrices
def matmul(a, b):
    n = len(a)
    m = len(b[0])
    k = len(b)
    out = []
    for i in range(n):
        row = []
        for j in range(m):
            s = 0
            for t in range(k):
                s += a[i][t] * b[t][j]
            row.append(s)
        out.append(row)
    return out
def matpow(m, p):
    n = len(m)
    result = [[1 if i == j else 0 for j in range(n)] for i in range(n)]
    while p:
        if p & 1:
            result = matmul(result, m)
        p >>= 1
        if p:
            m = matmul(m, m)
    return result
def show(m):
    w = max([len(str(v)) for row in m for v in row])
    for row in m:
        print(" ".join([str(v).rjust(w) for v in row]))
a = [[1, 2, 3], [4, 5, 6]]
b = [[7, 8], [9, 10], [11, 12]]
show(matmul(a, b))
show(matmul(b, a))
fibm = matpow([[1, 1], [1, 0]], 90)
print("fib(90) =", fibm[0][1])
show(matpow([[2, 0], [0, 3]], 10))
rot = [[0, -1], [1, 0]]
print(matpow(rot, 4) == [[1, 0], [0, 1]], matpow(rot, 2))
n = 12
big = [[(i * n + j) % 7 - 3 for j in range(n)] for i in range(n)]
sq = matmul(big, big)
print(sum([sum(r) for r in sq]), sq[0][:6], sq[-1][-3:])
fa = [[0.5, 1.5], [2.0, -1.0]]
print(matmul(fa, fa))
