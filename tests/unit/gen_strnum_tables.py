
# Generates the expectation tables of tests/unit/test_number.c and
# tests/unit/test_str.c by running every case under CPython 3.11.
import math, random, struct, sys

CS, CE = '/' + '*', '*' + '/'
INT_OVF = 'OverflowError: int too large: glassjit ints are 64-bit'
NEG_FRAC = 'ValueError: negative number cannot be raised to a fractional power'


def cstr(s):
    if isinstance(s, str):
        s = s.encode('utf-8', 'surrogatepass')
    out = []
    for b in s:
        c = chr(b)
        if 0x20 <= b < 0x7f and c not in '"\\?':
            out.append(c)
        else:
            out.append('\\%03o' % b)
    return '"' + ''.join(out) + '"'


def item(v):
    e = enc(v)
    return '%d:%s' % (len(e.encode('utf-8', 'surrogatepass')), e)


def enc(v):
    if isinstance(v, bool):
        return 'b1' if v else 'b0'
    if isinstance(v, int):
        return 'i%d' % v
    if isinstance(v, float):
        if math.isnan(v):
            return 'fnan'
        if math.isinf(v):
            return 'finf' if v > 0 else 'f-inf'
        return 'f' + v.hex()
    if isinstance(v, str):
        return 's' + v
    if v is None:
        return 'N'
    if isinstance(v, tuple):
        return 't' + ''.join(item(x) for x in v)
    if isinstance(v, list):
        return 'l' + ''.join(item(x) for x in v)
    if isinstance(v, dict):
        return 'd' + ''.join(item(k) + item(x) for k, x in v.items())
    raise TypeError(v)


class KW:
    def __init__(self, name, value):
        self.name, self.value = name, value


def enc_arg(a):
    if isinstance(a, KW):
        return 'k' + a.name + '=' + enc(a.value)
    return enc(a)


def fits(v):
    return -2**63 <= v < 2**63


def contains_big(v):
    if isinstance(v, bool):
        return False
    if isinstance(v, int):
        return not fits(v)
    if isinstance(v, (tuple, list)):
        return any(contains_big(x) for x in v)
    return False


def outcome(fn):
    try:
        r = fn()
    except Exception as e:
        return '%s: %s' % (type(e).__name__, e)
    if isinstance(r, complex):
        return NEG_FRAC
    if contains_big(r):
        return INT_OVF
    return repr(r)


def call_args(args):
    pos = [a for a in args if not isinstance(a, KW)]
    kw = {a.name: a.value for a in args if isinstance(a, KW)}
    return pos, kw


def table(name, ctype, rows):
    lines = ['static const %s %s[] = {' % (ctype, name)]
    lines += ['    ' + r + ',' for r in rows]
    lines.append('};')
    return '\n'.join(lines)


def calls(rows):
    out = []
    for name, args, expect in rows:
        if len(args) > 6:
            raise ValueError('too many args')
        a = ', '.join(cstr(enc_arg(x)) for x in args)
        out.append('{%s, %d, {%s}, %s}' % (cstr(name), len(args), a, cstr(expect)))
    return out


# ============================== number =====================================

def float_values():
    vals = [0.0, -0.0, 1.0, -1.0, 1.5, 0.1, 0.2, 0.1 + 0.2, 1 / 3, 2 / 3, 100.0, 1e16, 1e15, 123456789.123, 1e-4,
            1e-5, 0.00001234, 1e22, 1e23, 1.5e300, 5e-324, 1e-320, math.pi, math.e, 2.5e-10, 12345678901234567890.0,
            1e100, 9.999999999999999e22, 0.5, 5.0, 1000.5, 1 / 7, 2 / 7, 1e-7, 1.1e-6, 0.001, 123e-20, 1e21,
            1.7976931348623157e308, 2.2250738585072014e-308, 2.225073858507201e-308, 4.35, 0.3, 1.23456789e-5,
            100000000000000000.0, 999999999999999.9, 9999999999999998.0, 1234567890123456.7, 0.1 * 3, 1.1 * 1.1,
            3.3 / 1.1, 2.0 ** 60, 2.0 ** -20, 1e16 + 2, -123.456e5, 9007199254740992.0, 9007199254740994.0,
            4.9406564584124654e-324, 1e-323, 0.30000000000000004, 1.0000000000000002, 0.9999999999999999,
            123456.0, 1234567.0, 12345678.9, 1e-06, 9.5, 0.05, 2.675, 1.005, 3.14159, 299792458.0, 6.02214076e23,
            6.62607015e-34, 1.602176634e-19, 8.98846567431158e307, 2 ** 0.5, 10 / 3]
    acc = 1.0
    for i in range(12):
        acc *= 7.3
        vals.append(acc)
    for i in range(1, 8):
        vals += [10.0 ** -i, 10.0 ** i, 2.5 * 10.0 ** (i * 3)]
    for k in range(-1074, 1024, 41):
        vals.append(2.0 ** k)
    rnd = random.Random(20231121)
    while len(vals) < 230:
        bits = rnd.getrandbits(64)
        d = struct.unpack('<d', struct.pack('<Q', bits))[0]
        if math.isfinite(d):
            vals.append(d)
    for i in range(30):
        vals.append(round(rnd.uniform(-1000, 1000), rnd.randint(0, 8)))
    out, seen = [], set()
    for v in vals:
        key = struct.pack('<d', v)
        if key not in seen:
            seen.add(key)
            out.append(v)
    return out


def c_double(v):
    if math.isnan(v):
        return 'NAN'
    if math.isinf(v):
        return 'INFINITY' if v > 0 else '-INFINITY'
    if v == 0:
        return '-0.0' if math.copysign(1, v) < 0 else '0.0'
    return v.hex()


def gen_number():
    parts = []
    fv = float_values() + [float('inf'), float('-inf'), float('nan')]
    parts.append(table('float_repr_cases', 'FloatReprCase', ['{%s, %s}' % (c_double(v), cstr(repr(v))) for v in fv]))

    ints = [0, 1, -1, -2, 2, 12345, -12345, 2**61 - 2, 2**61 - 1, 2**61, 2**61 + 5, -(2**61), -(2**61) - 1, 2**62,
            2**63 - 1, -2**63, -2**63 + 1, 10**18, -10**18, -12345678901234567, 2**47, -2**47 - 1]
    parts.append(table('hash_int_cases', 'HashIntCase',
                       ['{INT64_C(%d) %s, INT64_C(%d)}' % (v if v != -2**63 else -2**63 + 1,
                                                           '- 1' if v == -2**63 else '', hash(v)) for v in ints]))
    floats = [0.0, -0.0, 1.0, 3.0, 1.5, -1.5, 0.1, -0.1, 1e100, 1e-100, 2.5e-310, 1e308, 123456.789, 2.0**63,
              -2.0**70, 0.5, 1e16, 3.141592653589793, 2.0**61, 2.0**61 - 1024, float('inf'), float('-inf'),
              -1.0, 1e-05, 7.3**12]
    parts.append(table('hash_float_cases', 'HashFloatCase', ['{%s, INT64_C(%d)}' % (c_double(v), hash(v))
                                                             for v in floats]))

    int_parse = [('42', 10), ('-42', 10), ('  17  ', 10), ('+8', 10), ('ff', 16), ('FF', 16), ('0xff', 16),
                 ('777', 8), ('0o777', 8), ('1010', 2), ('0b1010', 2), ('z', 36), ('Zz', 36), ('1_000', 10),
                 ('10', 0), ('0x10', 0), ('0o10', 0), ('0b10', 0), ('0', 10), ('-0', 10), ('00', 0), ('0_0', 0),
                 ('9223372036854775807', 10), ('-9223372036854775808', 10), ('9223372036854775808', 10),
                 ('-9223372036854775809', 10), ('abc', 10), ('', 10), ('1.5', 10), ('12a', 10), (' ', 10),
                 ('0x', 16), ('12', 2), ('010', 0), ('0_', 0), ('_1', 0), ('1__0', 0), ('0b2', 0), ('1 2', 10),
                 ('--1', 10), ('+-1', 10), ('0x_', 0), ('0o_7', 0), (' +0x_1f ', 0), ('\u0663', 10),
                 ('\u00a012\u2003', 10), ('x' * 300, 10), ('123456789012345', 10), ('-0x8000000000000000', 16),
                 ('7fffffffffffffff', 16), ('1' * 64, 2), ('zzzzzzzzzzzz', 36), ('10', 37), ('10', 1),
                 ('\u0661\u0662', 0), ('1e5', 10), ('0X1F', 0), ('0B11', 2), ('0O7', 8), ('0x1g', 16),
                 ('\t\n42\r\x0b\x0c', 10), ('4_2', 16), ('_', 10), ('-', 10), ('0 1', 0), ('caf\u00e9', 16)]

    def int_parse_outcome(s, b):
        if b != 0 and not (2 <= b <= 36):
            return 'ValueError: int() base must be >= 2 and <= 36, or 0'
        return outcome(lambda: int(s, b))
    parts.append(table('int_parse_cases', 'ParseCase', ['{%s, %d, %s}' % (cstr(s), b, cstr(int_parse_outcome(s, b)))
                                                        for s, b in int_parse]))

    float_parse = ['2.5', '  -1e3 ', '1e2', 'inf', '-inf', '+inf', 'Infinity', '-INF', 'NaN', '-nan', 'iNfInItY',
                   '1e500', '-1e500', '1e-400', '3', '-0', '1e-3', '.5', '5.', '1_000.5', ' 1_0.5e1_0 ', '.5e-3',
                   '-.5', 'abc', '', ' ', '0x10', '1__0', '1._5', '1_.5', '1e', 'e5', '.', '1.5e+', 'in f',
                   'nan(1)', 'infi', '0x1p3', '1e_5', '_1.0', '1.0_', '1_e5', '\u0663.5', '\u00a02.5\u3000',
                   '1.7976931348623157e308', '1.7976931348623159e308', '4.9e-324', '2.4703282292062328e-324',
                   '0.1', '123456789012345678901234567890', '00001.0000', '+.1', '1E+5', '1e+05', '--1', '1..2',
                   '12e3.4', 'x' * 300, '\u00e9']
    parts.append(table('float_parse_cases', 'FParseCase', ['{%s, %s}' % (cstr(s), cstr(outcome(lambda: float(s))))
                                                           for s in float_parse]))

    ops = [('BINOP_ADD', lambda a, b: a + b), ('BINOP_SUB', lambda a, b: a - b), ('BINOP_MUL', lambda a, b: a * b),
           ('BINOP_TRUEDIV', lambda a, b: a / b), ('BINOP_FLOORDIV', lambda a, b: a // b),
           ('BINOP_MOD', lambda a, b: a % b), ('BINOP_POW', lambda a, b: a ** b),
           ('BINOP_LSHIFT', lambda a, b: a << b), ('BINOP_RSHIFT', lambda a, b: a >> b),
           ('BINOP_AND', lambda a, b: a & b), ('BINOP_OR', lambda a, b: a | b), ('BINOP_XOR', lambda a, b: a ^ b)]
    pairs = [(7, 2), (-7, 2), (7, -2), (-7, -2), (0, 3), (5, 0), (7.5, 2), (-7.5, 2), (7.5, -2), (7, 2.5),
             (-7, 2.5), (1.0, 0.0), (0.0, -5.0), (-0.0, 5), (True, True), (True, False), (False, 3), (3, True),
             (2**62, 2), (2**63 - 1, 1), (-2**63, -1), (3037000499, 3037000499), (3037000500, 3037000500),
             (9007199254740993, 1), (9007199254740993, 3), (2**63 - 1, 3), (-(2**63 - 1), 7), (1, 63), (1, 62),
             (-1, 100), (5, -1), (1e308, 10.0), (0, -1), (0.0, -1), (2, -2), (-2, -3), (-8.0, 1 / 3), (-8, 3),
             (10.0, 400), (2, 0.5), (-1.5, 0.5), (float('inf'), 0), (float('nan'), 0), (1, float('nan')),
             (float('-inf'), 3), (float('-inf'), -3), (-0.0, 3), (-1e-300, 1e300), (1e300, 1e-300), (6, 4),
             (-6, 4), (0xF0F0, 0x0FF0), (-1, 2**62), (123456789, 1000), (-123456789, 1000), (0.3, 0.1),
             (1e10, 3), (-5.5, 1), (5.5, 1), (2, 62), (-2, 63), (-2, 64), (7, 0.0), (True, 2.5)]
    rows = []
    for a, b in pairs:
        for opname, fn in ops:
            if isinstance(a, float) or isinstance(b, float):
                if opname in ('BINOP_LSHIFT', 'BINOP_RSHIFT', 'BINOP_AND', 'BINOP_OR', 'BINOP_XOR'):
                    continue
            if opname == 'BINOP_POW' and isinstance(a, int) and isinstance(b, int) and b > 200:
                continue
            if opname == 'BINOP_LSHIFT' and isinstance(b, int) and b > 200:
                continue
            r = outcome(lambda: fn(a, b))
            rows.append('{%s, %s, %s, %s}' % (cstr(enc(a)), opname, cstr(enc(b)), cstr(r)))
    parts.append(table('binop_cases', 'BinopCase', rows))

    cmp_vals = [0, 1, -1, 2**53, 2**53 + 1, 2**63 - 1, -2**63, 0.5, -0.0, 0.0, float(2**53), 9007199254740993.0,
                float(2**63), -float(2**63), 1e300, float('inf'), float('-inf'), float('nan'), True, 1.0]
    rows = []
    for a in cmp_vals:
        for b in cmp_vals:
            r = ''.join('T' if f(a, b) else 'F' for f in (lambda x, y: x < y, lambda x, y: x <= y,
                                                          lambda x, y: x == y, lambda x, y: x != y,
                                                          lambda x, y: x > y, lambda x, y: x >= y))
            rows.append('{%s, %s, "%s"}' % (cstr(enc(a)), cstr(enc(b)), r))
    parts.append(table('cmp_cases', 'CmpCase', rows))

    fmt = [(1234.5678, s) for s in ['.3f', '.0f', '.1f', '10.2f', ',', ',.2f', '08.2f', '010.2f', 'e', '.2e',
                                    '+.2f', ' .2f', '>12,.2f', '<12.1f', '^12.3f', '', '.3', '.10', 'g', 'G',
                                    '_', '_.1f', '012,.1f', '%', '.1%', 'n', 'z.1f', '#.0f', '#g', 'E', '-^20,.3f']]
    fmt += [(v, s) for v in [0.0, -0.0, 1.0, 1e16, 1e-5, 0.0001, 123.0, 12.0, 1e20, 1.5, 2.5, 3.5, 0.125, 0.375,
                             1 / 3, 2 / 3, float('inf'), float('-inf'), float('nan'), 1e300, 5e-324, -1.5, 100.0,
                             123456.0, 1234567.0, 0.1]
            for s in ['', '.3', '.0f', '.2f', 'g', '.3g', 'e', '%', '010', '+', 'z.2f', '.17g', '#.3g', ',']]
    fmt += [(v, s) for v in [0, 1, -1, 42, -42, 255, 1234567, -9876543, 2**63 - 1, -2**63, 65, True, False]
            for s in ['', 'd', '5', '<5d', '^5d', '05d', '+d', ' d', ',', '_', 'x', 'X', '#x', '#X', 'o', '#o',
                      'b', '#b', '08b', '#010x', '#_b', '_x', ',x', 'c', '>5c', '.2f', 'e', '%', 'n', '=+10',
                      '^+10', '*^11', '0>10', '010,', '020_d', '.2', 's', 'z', '#c', '+c', 'abc', ',_', '_,',
                      ',,', '.', '99999999999999999999', 'g', 'G', '\u00e9^6']]
    fmt += [(-0.0001, 'z.2f'), (-0.0001, '.2f'), (0.5, '.0%'), (2, '%'), (1e16, '.17'), (1e16, ','),
            (1.5e-7, ','), (float('-inf'), '010,'), (float('nan'), '+'), (1.5, '10.2fx'), (1.5, 'x'), (1.5, 'd'),
            (1.5, '_n'), (0.1, '.30f'), (1e300, 'f'), (1e-10, 'G'), (float('inf'), 'F'), (float('nan'), 'E'),
            (3, '.2e'), (3, 'e'), (1.0, '.0e'), (1.0, '#.0e'), (-5, '#010x'), (-5, '#010_b'), (12345678, '020,d'),
            (-1234, '=+10'), (1234, '^+10'), (1, ',c'), (1, '_c'), (1, '_n'), (1114112, 'c'), (-1, 'c'),
            (123.456, '+012.4e'), (-123.456, '=12.1f'), (9.995, '.2f'), (0.005, '.2f'), (2.5, '.0f'),
            (1e22, ''), (1e21, '.0f'), (123456789.0, ',.0f'), (1234.5, '012_.1f')]
    rows = ['{%s, %s, %s}' % (cstr(enc(v)), cstr(s), cstr(outcome(lambda: format(v, s)))) for v, s in fmt]
    parts.append(table('format_num_cases', 'FormatCase', rows))

    pct = [('%d', 42), ('%d %d', (1, -2)), ('%5.2f|%-8.3f|%08.2f', (3.14159, 2.5, -1.5)), ('%x %X %o', (255, 255, 8)),
           ('%05d|%5d|%-5d|', (42, 42, 42)), ('%+d %+d', (5, -5)), ('%e %.2e', (12345.678, 0.00123)),
           ('100%% sure, %d%%', 50), ('%d', 3.99), ('%s', 3.0), ('%d', -7), ('%i', 2.7), ('%#x %#o %#X', (255, 8, 255)),
           ('% d', 5), ('%+.3e', 12345), ('%g %G', (1e-5, 1e20)), ('%#g', 1.0), ('%05f', float('inf')),
           ('%-05d', 3), ('%.3d', 5), ('%+.3d', -5), ('%#.3x', 5), ('%#08x', 255), ('%-#8x|', 255), ('%#o', 0),
           ('% 05d', 42), ('%x', -255), ('%#x', -255), ('%08.3f', -1.5), ('%.0f', 2.5), ('%.0f', 3.5),
           ('%e', 0), ('%g', 100000), ('%g', 1000000), ('%#.3g', 1), ('%G', float('nan')), ('%F', float('inf')),
           ('%d', True), ('%x', True), ('%*d', (5, 3)), ('%.*f', (2, 3.14159)), ('%*d', ('x', 3)),
           ('%d', 'a'), ('%x', 1.5), ('%i', '5'), ('%o', 8.0), ('%c', 65), ('%c', 1114112), ('%c', -1),
           ('%c', 1.5), ('%-+8.2e|', 1234.5), ('%d', 2**63 - 1), ('%.2f%%', 12.345), ('%f', 1e300), ('%.2f', 1),
           ('%r', 1.5), ('%s', (1,)), ('%d %d', (1,)), ('%d', (1, 2)), ('%z', 1), ('%', ()), ('%5', 1),
           ('%5%', (1,)), ('%ld', 5), ('%s %s', (None, True)), ('%.1f', float('nan')), ('%f', float('inf')),
           ('%-6s %3d %6.2f', ('alice', 30, 55.5)), ('%d:%02d:%02d', (1, 2, 3)), ('%3d%%', 7), ('%.15g', 0.1),
           ('%.17g', 0.1), ('%10.4f|', 3.14159265), ('%-10.1e|', 1e100), ('%+5d', 0), ('%X', 2**63 - 1)]
    rows = []
    for f, a in pct:
        rows.append('{%s, %s, %s}' % (cstr(f), cstr(enc(a)), cstr(outcome(lambda: f % a))))
    parts.append(table('percent_num_cases', 'PercentCase', rows))

    b = []

    def add(name, *args):
        pos, kw = call_args(args)
        import builtins
        fn = getattr(builtins, name)
        b.append((name, args, outcome(lambda: fn(*pos, **kw))))
    for v in [0.5, 1.5, 2.5, 3.5, -0.5, -1.5, -2.5, 0.4, 0.6, -0.6, 2.675, 1.005, 1e300, 1.7e308, 5e-324, 1234.5678,
              -0.0001, 12345.6789, 0.125, 0.375, 2.5e-5, 7, -35, 25, 123456, 2**62, float('nan'), float('inf')]:
        add('round', v)
        for nd in [0, 1, 2, 3, -1, -2, 400, -400, -308]:
            if isinstance(v, int) and nd >= 0 and nd != 1:
                continue
            add('round', v, nd)
    add('round', 2.5, None)
    add('round', 1.5, 1.5)
    add('round', 'a')
    add('round', KW('number', 2.567), KW('ndigits', 2))
    add('round', 7, -30)
    add('round', 9223372036854775807, -1)
    add('round', 9223372036854775807, -18)
    add('round', 9223372036854775807, -19)
    add('round', -9223372036854775807, -19)
    for a, c in [(17, 5), (-17, 5), (17, -5), (-17, -5), (7.5, 2), (-7.5, 2), (10.5, 3), (-10.5, 3), (5, 0),
                 (7.5, 0), (7, 0.0), ('a', 1), (-2**63, -1), (0.0, -1.0)]:
        add('divmod', a, c)
    for args in [(2, 10), (2, -1), (2.5, 2), (3, 200, 1000007), (7, 0, 13), (5, 3, 13), (-3, 3, 7),
                 (123456789, 987654321, 1000000007), (2, -1, 5), (3, -1, 7), (2, -1, 4), (2, 3, 0), (2.0, 3, 5),
                 (2, 3, -5), (-2, 3, 5), (3, -1, -7), (5, 0, 1), (5, 0, -1), (0, -1), (2, 63), (-2, 63),
                 (10, 18), (0.0, -1), (-8, 1 / 3), (2**62, 3, 2**62 + 1), (KW('base', 2), KW('exp', 5)),
                 (2, 3, None), (0, 0, 7), ('a', 2)]:
        add('pow', *args)
    for v in [-12, 12, 0, -3.25, -0.0, True, -2**63 + 1, -2**63, 'a', float('-inf')]:
        add('abs', v)
    for name in ['hex', 'oct', 'bin']:
        for v in [0, 1, -1, 255, -255, 2**40, 2**63 - 1, -2**63, True, 1.5, 'x']:
            add(name, v)
    for v in [65, 233, 26085, 0x1F600, 0, 1114111, 1114112, -1, 1.5, True, 2**31, -2**31 - 1]:
        add('chr', v)
    for v in ['a', '\u00e9', '\u65e5', '\U0001F600', 'ab', '', 1]:
        add('ord', v)
    for args in [(), ('42',), ('-42',), ('  17  ',), ('ff', 16), ('0xff', 16), ('z', 36), ('10', 0), (3.9,),
                 (-3.9,), (1e15,), (True,), ('0',), (float('inf'),), (float('nan'),), ('abc',), ('12', 2),
                 (1.5, 10), ('10', 1), ([],), ('12', KW('base', 8)), (KW('x', 1),), ('1', 2, 3), (1e19,),
                 (-9.3e18,), (2**63 - 1,), ('9223372036854775808',), ('\u0663',)]:
        add('int', *args)
    for args in [(), (7,), (-3,), ('2.5',), ('  -1e3 ',), ('inf',), ('x',), ([],), (True,), (2**63 - 1,),
                 (9007199254740993,), (KW('x', 1),), (1, 2), ('1_0.5',)]:
        add('float', *args)
    for args in [(), (0,), (1,), (-1,), (0.0,), ('',), ('0',), ([],), ([0],), (None,), (1, 2), (KW('x', 1),)]:
        add('bool', *args)
    parts.append(table('builtin_cases', 'CallCase', calls(b)))

    m = []

    def addm(name, *args):
        pos, kw = call_args(args)
        fn = getattr(math, name)
        m.append((name, args, outcome(lambda: fn(*pos, **kw))))
    for x in [16, 2, 0.25, -1, 0, float('inf'), float('nan'), True, 1e308, 'a']:
        addm('sqrt', x)
    for name in ['floor', 'ceil', 'trunc']:
        for x in [3.7, -3.2, 5, -3.9, 2.5, float('inf'), float('nan'), 1e19, -0.5, True, 'a']:
            addm(name, x)
    for x in [0, 1, 2, -1, 1000, 709, 710, -745, float('inf'), float('-inf')]:
        addm('exp', x)
    for x in [1, math.e, 100, 0, -1, 0.5, float('inf'), float('-inf'), 2**62, -5, True]:
        addm('log', x)
        addm('log2', x)
        addm('log10', x)
    for x, base in [(100, 10), (8, 2), (5, 1), (1, 5), (0, 2), (2, 0), (2, -1), (1024, 2.0)]:
        addm('log', x, base)
    for x, y in [(2, 10), (2, 0.5), (9, -0.5), (0, -1), (-8, 1 / 3), (10, 400), (float('inf'), -3),
                 (float('-inf'), 3), (float('nan'), 0), (1, float('nan')), (-1, float('inf')), (0.5, float('-inf')),
                 (-2, 3), (0.0, 0), (-0.0, 3), (2, -1075), (1e308, 2)]:
        addm('pow', x, y)
    for name in ['sin', 'cos', 'tan', 'asin', 'acos', 'atan', 'sinh', 'cosh', 'tanh', 'asinh', 'acosh', 'atanh',
                 'fabs', 'expm1', 'log1p', 'exp2', 'cbrt']:
        for x in [0, 0.5, 1, -1, 2, 1e-10, 30, 800, math.pi / 6, -0.0, float('inf'), float('nan')]:
            addm(name, x)
    for y, x in [(1, 1), (-1, -1), (0, -1), (1, 0), (0.0, -0.0), (-0.0, -1), (float('inf'), float('inf'))]:
        addm('atan2', y, x)
    for args in [(3, 4), (5, 12), (1, 1), (), (7,), (1, 2, 3), (1e-320, 1e-320), (1e308, 1e308),
                 (float('inf'), float('nan')), (float('nan'), 1), (0.1, 0.2, 0.3, 0.4), (-3, 4), (2**62, 2**62),
                 (1.5, 2.5), (123.456, 789.012), (3e-310, 4e-310)]:
        addm('hypot', *args)
    rnd = random.Random(7)
    for i in range(30):
        args = tuple(rnd.choice([rnd.uniform(-10, 10), rnd.uniform(0, 1e-3), rnd.uniform(1e5, 1e9)])
                     for _ in range(rnd.randint(2, 4)))
        addm('hypot', *args)
    for p, q in [((1, 0), (0, 1)), ((0, 0, 0), (1, 2, 3)), ((1,), (1, 2)), ([1.5, 2.5], (0.5, 0.5))]:
        addm('dist', p, q)
    for x in [30, 90, math.pi, -45]:
        addm('degrees', x)
        addm('radians', x)
    for x in [1.0, float('nan'), float('inf'), float('-inf'), 0, 'a']:
        addm('isnan', x)
        addm('isinf', x)
        addm('isfinite', x)
    for args in [(0.1 + 0.2, 0.3), (1.0, 1.1), (1.0, 1.05, KW('rel_tol', 0.1)), (0.0, 1e-12),
                 (0.0, 1e-12, KW('abs_tol', 1e-9)), (float('inf'), float('inf')), (float('inf'), 1e308),
                 (1, 1, KW('rel_tol', -1)), (1, 2, 3), (KW('a', 1), KW('b', 1.0))]:
        addm('isclose', *args)
    for args in [(48, 180), (0, 5), (-12, 8), (7, 13), (), (12,), (12, 18, 27), (0, 0), (2**62, 2**61), (1.5, 2),
                 (-2**63, 2)]:
        addm('gcd', *args)
    for args in [(4, 6), (0, 5), (-4, 6), (), (2, 3, 4), (2**40, 3**20), (2**62, 3), (1.5, 2)]:
        addm('lcm', *args)
    for x in list(range(0, 22)) + [-1, 2.0, True, 'a', 25]:
        addm('factorial', x)
    for args in [(5, 2), (10, 0), (10, 10), (3, 5), (60, 30), (68, 34), (67, 33), (-1, 2), (5, -1), (100, 3),
                 (1000, 500), (2**40, 2)]:
        addm('comb', *args)
    for args in [(5, 2), (5,), (5, None), (10, 10), (3, 5), (20, 20), (21, 21), (-1, 2), (100, 3), (2**31, 2)]:
        addm('perm', *args)
    for x, y in [(1, -2), (-3, 0.0), (2, -0.0), (float('inf'), -1), (float('nan'), -1)]:
        addm('copysign', x, y)
    for x, y in [(7, 3), (-7, 3), (7, -3), (5.5, 2), (1, 0), (float('inf'), 2), (3, float('inf')),
                 (-0.0, 1), (1e300, 1e-300)]:
        addm('fmod', x, y)
    for x in [3.7, -3.7, 5, float('inf'), float('-inf'), float('nan'), -0.0]:
        addm('modf', x)
    for x in [8, 0.1, -3.5, 0, float('inf'), 1e-320, 2**62]:
        addm('frexp', x)
    for x, i in [(0.5, 4), (1, 1024), (1, -1075), (1, -1074), (3, 2**40), (0, 10**18), (1.5, 1.5),
                 (float('inf'), 3), (1, -2**62)]:
        addm('ldexp', x, i)
    for data in [[0.1] * 10, [1e100, 1.0, -1e100, 1e-100, 1e50, -1.0, -1e50], [1e-16, 1, 1e16], [],
                 [float('inf'), 1], [float('inf'), float('-inf')], [1e308, 1e308], [float('nan'), 1],
                 [1, 2, 3], [0.1, 0.2, 0.3], (2.0**53, -0.5, -2.0**-54), [1.5, 'a']]:
        addm('fsum', data)
    for x in [0, 1, 15, 16, 17, 2**62, 2**63 - 1, -1, 1.5, 10**18]:
        addm('isqrt', x)
    for x, y in [(1, 2), (1, 0), (0, 1), (0, -1), (1e308, float('inf'))]:
        addm('nextafter', x, y)
    for x in [1, 0, 1e308, 1.7976931348623157e308, 5e-324, float('inf'), float('nan'), -2]:
        addm('ulp', x)
    for x, y in [(5, 3), (5.5, 2), (-5.5, 2), (3, 0), (float('inf'), 1), (1, float('inf'))]:
        addm('remainder', x, y)
    for args in [([1, 2, 3, 4],), ([1.5, 2],), ([],), ([2, 3], KW('start', 10)), ([2**40, 2**40],)]:
        addm('prod', *args)
    parts.append(table('math_cases', 'CallCase', calls(m)))
    consts = ['{"pi", %s}' % cstr(repr(math.pi)), '{"e", %s}' % cstr(repr(math.e)),
              '{"tau", %s}' % cstr(repr(math.tau)), '{"inf", "inf"}', '{"nan", "nan"}']
    parts.append(table('math_consts', 'ConstCase', consts))
    return '\n\n'.join(parts)


# ============================== str ========================================

def gen_str():
    parts = []
    reprs = ['plain', "it's", 'say "hi"', 'both \' and "', 'tab\t', 'nl\n', 'cr\r', 'back\\', '\x00\x01\x1f', '\x7f',
             '\u00e9', '\u65e5\u672c', '', ' ', '\u200b', '\x80\x9f\xa0\xad', '\u2028\u2029', '\U0001F600',
             '\U000e0001', '\ud800', '\udfff', '\ufeff', '\U0010ffff', 'a\'b"c', "'", '"', '\'"', '\x1b[0m',
             '\u0378', '\u00a0x', 'caf\u00e9 \u03b1\u03b2\u03b3 \u0436', '\u3000', '\u0300', 'e\u0301',
             '\U0001d11e', '\ue000', '\uffff', '\x85']
    def nb(s):
        return len(s.encode('utf-8', 'surrogatepass'))
    parts.append(table('repr_cases', 'ReprCase', ['{%s, %d, %s}' % (cstr(s), nb(s), cstr(repr(s))) for s in reprs]))
    parts.append(table('len_cases', 'LenCase', ['{%s, %d, %d}' % (cstr(s), nb(s), len(s)) for s in reprs + [
        'h\u00e9llo', '\u65e5\u672c\u8a9e', 'a\u00e9\u65e5\U0001F600']]))

    calls_ = []

    def add(meth, s, *args):
        pos, kw = call_args(args)
        calls_.append((meth, (s,) + args, outcome(lambda: getattr(s, meth)(*pos, **kw))))

    s = 'the quick  brown fox'
    for args in [(), (' ',), (' ', 1), (None, 2), (KW('sep', ' '), KW('maxsplit', 1)), (KW('maxsplit', 0),),
                 ('',), (1,), (' ', 'x'), (' ', 1, 2), (KW('x', 1),), (' ', KW('sep', ' ')), ('quick',)]:
        add('split', s, *args)
        add('rsplit', s, *args)
    for t in ['a,b,,c,', '', '   ', '  x  ', '\tone\ntwo  three\r\n', 'x', 'xx', '\u65e5\u672c \u8a9e \u30c6\u30b9\u30c8',
              ' a\u3000b\x85c\u2003 ', '  a b  c  ']:
        add('split', t)
        add('rsplit', t)
        add('split', t, ',')
        add('split', t, None, 1)
        add('rsplit', t, None, 1)
        add('rsplit', t, ',', 2)
        add('split', t, ',', 2)
    add('split', 'a::b::c', '::')
    add('split', 'abc', 'abc')
    add('split', '\u00e9a\u00e9b\u00e9', '\u00e9')
    for t in ['line one\nline two\r\nline three\rline four\n\nlast', '', '\n', 'a\n', 'a\n\nb', 'no newline',
              '\x1c\x85a\u2028b\x0bc\x0cd', 'a\r\nb\r']:
        add('splitlines', t)
        add('splitlines', t, True)
        add('splitlines', t, KW('keepends', True))
    add('splitlines', 'a', 1, 2)
    for args in [(['a', 'b', 'c'],), ([],), (['x'],), ('abc',), (('\u00e9', '\u65e5'),), (['a', 1],), ([1],),
                 (5,), (), (['a'], ['b'])]:
        add('join', ',', *args)
        add('join', ' - \u00e9 ', *args)
    for t in ['  hello  ', '\t\n x \r\n', '', '   ', 'nospace', 'xxhixx', '  h\u00e9llo  ', '\u65e5\u672c  ',
              '\u3000 x\u2003']:
        for m in ['strip', 'lstrip', 'rstrip']:
            add(m, t)
            add(m, t, 'x')
            add(m, t, None)
    add('strip', 'abcHELLOcba', 'abc')
    add('strip', 'www.example.com', 'cmowz.')
    add('strip', '\u00e9a\u00e9bc\u00e9\u00e9', '\u00e9a')
    add('strip', 'abc', 1)
    add('strip', 'abc', 'a', 'b')
    add('rstrip', 'ab\u00e9\u00e9', '\u00e9')
    h = 'hello world, hello python'
    for m in ['find', 'rfind', 'index', 'rindex', 'count']:
        for args in [('hello',), ('xyz',), ('o',), ('o', 5), ('o', 5, 7), ('',), ('h', -5), ('', 30), ('', 25),
                     ('l', None, 10), ('l', -10, -2), ('l', 1.0), (1,), (), ('a', 1, 2, 3), ('o', 100)]:
            add(m, h, *args)
        for args in [('\u672c',), ('\u65e5\u672c',), ('', 2), ('\u8a9e', 1, 3), ('x',)]:
            add(m, '\u65e5\u672c\u8a9e\u65e5\u672c', *args)
    add('count', 'aaaa', 'aa')
    add('count', 'abc', '', 1)
    add('count', 'abc', '', 5)
    for args in [('hello', 'bye'), ('hello', 'bye', 1), ('l', ''), ('', '-'), ('', '-', 2), ('x', 'y'),
                 ('o', '\u00f6'), (1, 2), ('a',), ('l', 'L', 0), ('l', 'L', -1)]:
        add('replace', h, *args)
    add('replace', '', '', 'x')
    add('replace', 'aaa', 'a', 'aa')
    add('replace', '\u65e5\u672c\u8a9e', '', '|')
    for m in ['startswith', 'endswith']:
        for args in [('he',), ('lo',), (('x', 'h'),), ('abc', 3), ('bc', 1), ('ab', 0, 8), ('',), ('', 30),
                     (1,), (('a', 1),), ('h', None, None), ()]:
            add(m, 'hello' if len(args) < 2 else 'abcabcabc', *args)
    for t in ['hello', 'WORLD', 'mIxEd CaSe', '123abc', 'h\u00e9llo w\u00f6rld', '\u00df', "the o'neil case", '',
              'a1b2 c3d4', '\u01c5', '\u01c6a', '\u0130', '\ufb00', '\u0149', '\u03a3\u0391\u03a3',
              '\u0391\u03a3 \u03a3', 'stra\u00dfe', '\u00c9COLE', '\u0436\u0416', 'hello world',
              '\u01c4\u01c5\u01c6', 'a\u0345b', 'x\u03a3', '\u03a3', 'A\u03a3.', '\u1e9e', 'hi\u2160\u2170']:
        for m in ['upper', 'lower', 'capitalize', 'title', 'swapcase', 'casefold']:
            add(m, t)
    add('upper', 'a', 1)
    for t in ['abc', 'ABC', 'Abc', '123', '12.5', 'abc123', '  ', '', '\t\n', 'h\u00e9llo', '\u65e5\u672c', 'a b',
              '_', '\u216b', '\u0663', 'Ab Cd', 'AB', '\u00b2', '\u00bd', 'a\u0301', '\u01c5', 'HELLO WORLD',
              'hello world!', '123A', 'x1_', '1x', 'def', '\u00e9t\u00e9', '\x85', '\u200b', '\U0001F600']:
        for m in ['isdigit', 'isalpha', 'isspace', 'isalnum', 'isupper', 'islower', 'isdecimal', 'isnumeric',
                  'isidentifier', 'istitle', 'isprintable', 'isascii']:
            add(m, t)
    for t in ['7', '-7', '+7', 'abc', '', '12345', '\u65e5\u672c', 'h\u00e9llo']:
        add('zfill', t, 5)
        add('center', t, 7)
        add('ljust', t, 6)
        add('rjust', t, 6)
        add('center', t, 8, '*')
        add('ljust', t, 8, '\u00e9')
    add('center', 'ab', 5, '.')
    add('center', 'ab', 6, '.')
    add('center', 'abc', 6, '*')
    add('center', 'abc', 2)
    add('center', 'x', 5, 'ab')
    add('center', 'x', 5, 1)
    add('center', 'x')
    add('center', 'x', 'a')
    add('ljust', 'x', 2.0)
    add('zfill', '-', 3)
    add('zfill', '+a', 4)
    add('zfill', 'x', -3)
    add('zfill', '3.14', 8)
    add('zfill', 'x', '3')
    for t in ['key=value', 'key=value=more', 'novalue', '=start', 'end=', 'a -> b -> c', '\u65e5=\u672c=\u8a9e']:
        add('partition', t, '=')
        add('rpartition', t, '=')
    add('partition', 'a -> b -> c', ' -> ')
    add('partition', 'abc', '')
    add('partition', 'abc', 1)
    add('partition', 'abc')
    for t in ['a\tbc\td', 'a\tb', 'a\r\tb\n\tc', '\u65e5\t\u672c', 'no tabs', '\t']:
        add('expandtabs', t)
        add('expandtabs', t, 4)
        add('expandtabs', t, 0)
        add('expandtabs', t, KW('tabsize', 3))
    add('removeprefix', 'prefix_main', 'prefix_')
    add('removeprefix', 'prefix_main', 'x')
    add('removesuffix', 'main.py', '.py')
    add('removesuffix', 'main.py', '')
    add('removesuffix', 'main.py', 5)
    add('translate', 'abc', {97: 'x', 98: None})
    add('translate', 'h\u00e9llo', {ord('\u00e9'): 'e', ord('l'): ord('L')})
    add('format', '{} {}', 'a', 'b')
    add('format_map', '{a}-{b}', {'a': 1, 'b': 2})
    add('format_map', '{a[0]}-{b!r:>4}', {'a': 'xy', 'b': 'q'})
    add('format_map', '{}', {'a': 1})
    add('format_map', '{c}', {'a': 1})
    add('format_map', '{a}')
    parts.append(table('method_cases', 'CallCase', calls([c for c in calls_])))

    fs = [(s, spec) for s in ['cat', '', '\u65e5\u672c', 'h\u00e9llo', 'longword']
          for spec in ['', '10', '<10', '>10', '^10', '*^10', '-<9', '.>9', '2', '.4', '>6.3', '^7', '05',
                       '\u00e9>5', '=5', '+', ' ', 'z', '#', ',', '_', 'd', 's', '10s', '.0', 'x<3.2']]
    fs += [(None, ''), (None, '>5'), ([1], ''), ([1], 'x'), ((1, 'a'), ''), ({'k': 1}, '')]
    rows = ['{%s, %s, %s}' % (cstr(enc(v)), cstr(spec), cstr(outcome(lambda: format(v, spec)))) for v, spec in fs]
    parts.append(table('format_str_cases', 'FormatCase', rows))

    sf = []

    def addf(fmt, *args):
        pos, kw = call_args(args)
        sf.append((fmt, args, outcome(lambda: fmt.format(*pos, **kw))))
    addf('{} {}', 'a', 'b')
    addf('{1} {0} {1}', 'x', 'y')
    addf('{name} is {age}', KW('name', 'Ann'), KW('age', 30))
    addf('{0[0]} {0[2]}', [10, 20, 30])
    addf('{d[k]}', KW('d', {'k': 'v'}))
    addf('{:>8}|{:<8}|{:^8}|', 'r', 'l', 'c')
    addf('{:.2f} {:,} {:05d} {:x}', 3.14159, 1234567, 42, 255)
    addf('{0:*^9} {1:+d}', 'mid', 7)
    addf('{!r} {!s} {!a}', 'q', 's', '\u00e9')
    addf('{{}} {}', 1)
    addf('{:e}', 1234.5)
    addf('{:%}', 0.5)
    addf('{:b} {:o} {:X}', 5, 64, 3054)
    addf('{0}{0}{0}', 'ab')
    addf('{a}-{b}-{a}', KW('a', 1), KW('b', 2))
    addf('{} {} {}', 1, 2.5, None)
    addf('{:10.3f}|{:<10.3f}|', 2.0 / 3, 2.0 / 3)
    addf('{} {} {z}', 'p', 'q', KW('z', 26))
    addf('{0:>{1}}|', 'w', 6)
    addf('{:>{}}|', 'w', 6)
    addf('{:{}{}}|', 'w', '>', 6)
    addf('{:{w}.{p}f}', 3.14159, KW('w', 10), KW('p', 2))
    addf('{} {}', 1)
    addf('{missing}', KW('x', 1))
    addf('{0} {}', 1, 2)
    addf('{} {0}', 1, 2)
    addf('{', 1)
    addf('}', 1)
    addf('a{{b}}c')
    addf('{:{}}', 1)
    addf('{0[}', 1)
    addf('{!x}', 1)
    addf('{0:d}', 'a')
    addf('{0!r:>10}', 'a')
    addf('{0!}', 1)
    addf('{0!rr}', 1)
    addf('{0:{1:{2}}}', 1, 2, 3)
    addf('{0.real} {0.imag}', 5)
    addf('{0.nope}', 5)
    addf('{0[1]}', 'abc')
    addf('{0[x]}', {'x': 'X'})
    addf('{0[9]}', [1])
    addf('{0[0]x}', [1])
    addf('{0.}', 1)
    addf('{0[]}', [1])
    addf('\u65e5{}\u672c{:\u00e9^5}', '\u00e9', 'x')
    addf('{:=^40}', ' END ')
    addf('{:<5}{:>5}', 10, 20)
    addf('{x', 1)
    addf('{0:', 1)
    addf('{0{', 1)
    addf('x}y')
    addf('{}}', 1)
    addf('{{}', 1)
    addf('{:s}', 5)
    addf('{99999999999999999999}', 1)
    rows = []
    for fmt, args, exp in sf:
        a = ', '.join(cstr(enc_arg(x)) for x in args)
        rows.append('{%s, %d, {%s}, %s}' % (cstr(fmt), len(args), a, cstr(exp)))
    parts.append(table('str_format_cases', 'StrFormatCase', rows))

    pct = [('%s and %s', ('x', [1, 2])), ('%r %r', ('quoted', 5)), ('%-5s|%5s|', ('ab', 'cd')), ('%s', (1,)),
           ('%s', 'single'), ('%.3s|', 'abcdef'), ('%-10s|%10s|', ('h\u00e9llo', '\u65e5\u672c')),
           ('%(a)s %(b)d', {'a': 1, 'b': 2}), ('%(a)s', (1,)), ('%s %s', [1, 2]), ('%s', [1, 2]),
           ('%05s', 'ab'), ('%c', '\u00e9'), ('%5.1s|', 'abc'), ('%s', None), ('%*s|', (-5, 'a')),
           ('%.*s|', (-1, 'abc')), ('%(a)d %(a)s', {'a': 3}), ('%(a', {'a': 3}), ('%(a)', {'a': 3}),
           ('%s', {'a': 1}), ('%d %(a)s', {'a': 1}), ('%r', '\u00e9'), ('%a', '\u00e9\u1234'), ('%10r|', 'ab'),
           ('%c', 'ab'), ('%5c|', 'a'), ('%-5c|', 65), ('abc', 5), ('abc', ()), ('abc', {}), ('abc', [1]),
           ('%(x)s', {'y': 1}), ('%s %%', 'a'), ('\u65e5%s\u672c%d', ('\u00e9', 3)), ('%\u00e9', 1),
           ('%(a)s%(b)s', {'a': '\u00e9', 'b': '\u65e5'}), ('%s', ''), ('%r', "it's"), ('%r', 'say "hi"')]
    rows = ['{%s, %s, %s}' % (cstr(f), cstr(enc(a)), cstr(outcome(lambda: f % a))) for f, a in pct]
    parts.append(table('percent_str_cases', 'PercentCase', rows))

    gi = []
    for t in ['abcdefghij', 'h\u00e9llo w\u00f6rld \u65e5\u672c', '']:
        for idx in [0, 1, -1, 5, -5, 9, 10, -11, 100]:
            gi.append((t, (idx,), outcome(lambda: t[idx])))
        for sl in [(2, 5, None), (None, 3, None), (7, None, None), (None, None, None), (-3, None, None),
                   (None, -3, None), (-5, -2, None), (None, None, 2), (1, None, 2), (None, None, 3),
                   (None, None, -1), (None, None, -2), (-1, None, -3), (8, 2, -1), (8, 2, -2), (2, 8, -1),
                   (5, 5, None), (20, None, None), (-20, 3, None), (3, 100, None), (100, -100, -1),
                   (None, 0, None), (0, 1, None), (None, None, 0), (1, 4, None), (6, 11, None)]:
            gi.append((t, sl, outcome(lambda: t[slice(*sl)])))
    rows = []
    for t, key, exp in gi:
        if len(key) == 1:
            rows.append('{%s, 0, %s, NULL, NULL, %s}' % (cstr(t), cstr(enc(key[0])), cstr(exp)))
        else:
            rows.append('{%s, 1, %s, %s, %s, %s}' % (cstr(t), cstr(enc(key[0])), cstr(enc(key[1])),
                                                     cstr(enc(key[2])), cstr(exp)))
    parts.append(table('getitem_cases', 'GetitemCase', rows))

    ops = []
    for a, op, b in [('ab', 'BINOP_ADD', 'cd'), ('ab', 'BINOP_MUL', 3), (3, 'BINOP_MUL', 'ab'), ('', 'BINOP_MUL', 5),
                     ('ab', 'BINOP_MUL', 0), ('ab', 'BINOP_MUL', -1), ('\u00e9', 'BINOP_MUL', 3), ('a', 'BINOP_ADD', 1),
                     ('abc', 'BINOP_MUL', 'abc'), ('abc', 'BINOP_SUB', 'a'), ('ab', 'BINOP_MUL', True),
                     ('a\u00e9', 'BINOP_ADD', '\u65e5'), ('%d', 'BINOP_MOD', 5), ('x', 'BINOP_MUL', 2.0),
                     ('ab', 'BINOP_ADD | BINOP_INPLACE', 'c')]:
        import operator
        fn = {'BINOP_ADD': operator.add, 'BINOP_MUL': operator.mul, 'BINOP_SUB': operator.sub,
              'BINOP_MOD': operator.mod, 'BINOP_ADD | BINOP_INPLACE': operator.iadd}[op]
        ops.append('{%s, %s, %s, %s}' % (cstr(enc(a)), op, cstr(enc(b)), cstr(outcome(lambda: fn(a, b)))))
    parts.append(table('str_binop_cases', 'BinopCase', ops))

    cmps = []
    words = ['apple', 'banana', 'Apple', 'ab', 'abc', '', 'a', 'Z', '10', '9', 'h\u00e9llo', 'hello', '\u65e5\u672c',
             '\u4e2d\u56fd', '\U0001F600', '\uffff']
    for a in words:
        for b in words:
            r = ''.join('T' if f(a, b) else 'F' for f in (lambda x, y: x < y, lambda x, y: x <= y,
                                                          lambda x, y: x == y, lambda x, y: x != y,
                                                          lambda x, y: x > y, lambda x, y: x >= y))
            cmps.append('{%s, %s, "%s"}' % (cstr(enc(a)), cstr(enc(b)), r))
    parts.append(table('str_cmp_cases', 'CmpCase', cmps))

    cont = []
    for a, b in [('ell', 'hello'), ('', 'abc'), ('abc', 'ab'), ('H', 'hello'), ('\u00e9', 'caf\u00e9'),
                 ('\u672c\u8a9e', '\u65e5\u672c\u8a9e'), (1, 'abc')]:
        cont.append('{%s, %s, %s}' % (cstr(enc(a)), cstr(enc(b)), cstr(outcome(lambda: a in b))))
    parts.append(table('contains_cases', 'ContainsCase', cont))
    return '\n\n'.join(parts)


def splice(path, body):
    src = open(path).read()
    begin = CS + ' ---- generated by CPython 3.11 (tests/unit/gen_strnum_tables.py) ---- ' + CE
    end = CS + ' ---- end of generated tables ---- ' + CE
    a = src.index(begin) + len(begin)
    b = src.index(end)
    src = src[:a] + '\n' + body + '\n' + src[b:]
    open(path, 'w').write(src)


if __name__ == '__main__':
    # Usage: /usr/bin/python3 tests/unit/gen_strnum_tables.py [REPO_ROOT]
    root = sys.argv[1] if len(sys.argv) > 1 else '.'
    splice(root + '/tests/unit/test_number.c', gen_number())
    splice(root + '/tests/unit/test_str.c', gen_str())
