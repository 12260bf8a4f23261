// A slice of the standard library with its real import edges, listed so that
// every package comes after the packages it imports (go list -deps order).

/** `path: import import ...` per std package, dependencies first. */
const TABLE = `unsafe:
internal/goarch:
internal/abi: internal/goarch unsafe
internal/bytealg: internal/abi unsafe
internal/itoa:
math/bits: unsafe
runtime: internal/abi internal/bytealg internal/goarch unsafe
errors: internal/abi runtime
internal/race: unsafe
sync/atomic: unsafe
sync: internal/race runtime sync/atomic unsafe
io: errors sync
unicode:
unicode/utf8:
math: math/bits unsafe
strconv: errors internal/bytealg math math/bits unicode/utf8
bytes: errors internal/bytealg io unicode unicode/utf8
strings: errors internal/bytealg io sync unicode unicode/utf8 unsafe
internal/oserror: errors
syscall: errors internal/bytealg internal/itoa internal/oserror runtime sync sync/atomic unsafe
time: errors runtime sync syscall unsafe
io/fs: errors internal/oserror io time unicode/utf8
os: errors internal/itoa io io/fs runtime sync syscall time unsafe
reflect: errors internal/abi internal/goarch math runtime strconv sync unicode unicode/utf8 unsafe
sort: math/bits reflect
fmt: errors internal/abi io math os reflect sort strconv sync unicode/utf8
context: errors internal/reflectlite sync sync/atomic time
bufio: bytes errors io strings unicode/utf8
encoding/base64: encoding/binary io slices strconv
encoding/binary: errors io math reflect slices sync
encoding/json: bytes encoding encoding/base64 errors fmt io math reflect slices strconv strings sync unicode unicode/utf16 unicode/utf8
path/filepath: errors io/fs os runtime slices strings syscall
log: fmt io log/internal os runtime sync sync/atomic time
net/url: errors fmt path slices strconv strings
net/http: bufio bytes context errors fmt io log net/url os sort strconv strings sync time
flag: encoding errors fmt io os reflect runtime slices strconv strings time`;

/** A standard-library package and the std packages it imports. */
export interface StdPackage {
  path: string;
  imports: string[];
}

/** The std packages, dependencies first; imports outside the table are dropped to keep it closed. */
export const STD_PACKAGES: readonly StdPackage[] = (() => {
  const known = new Set<string>();
  return TABLE.split('\n').map((line) => {
    const [path, rest] = line.split(':');
    const imports = rest.trim() ? rest.trim().split(' ').filter((p) => known.has(p)) : [];
    known.add(path);
    return { path, imports };
  });
})();
