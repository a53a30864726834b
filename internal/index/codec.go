package index

import (
	"bufio"
	"bytes"
	"encoding/binary"
	"fmt"
	"math"
	"unsafe"

	"studyguide/internal/bm25"
)

// littleEndian is true on machines that store numbers as the index file
// does, where arrays are written and read without converting each value.
var littleEndian = binary.NativeEndian.Uint16([]byte{1, 0}) == 1

// flat are the types the file stores as arrays: fixed size, no pointers,
// no padding.
type flat interface {
	int32 | float32 | bm25.Posting | ConceptStem
}

// asBytes returns s as little-endian bytes: s's own memory on a
// little-endian machine, a converted copy elsewhere.
func asBytes[T flat](s []T) []byte {
	if len(s) == 0 {
		return nil
	}
	if littleEndian {
		return unsafe.Slice((*byte)(unsafe.Pointer(&s[0])), len(s)*int(unsafe.Sizeof(s[0])))
	}
	var buf bytes.Buffer
	binary.Write(&buf, binary.LittleEndian, s)
	return buf.Bytes()
}

// fromBytes reads b as little-endian values: b's own memory on a
// little-endian machine when b is aligned for T, a converted copy
// otherwise. The pitfall: a slice that shares b's memory keeps all of b
// alive, and b must never be written to again.
func fromBytes[T flat](b []byte) []T {
	var zero T
	n := len(b) / int(unsafe.Sizeof(zero))
	if n == 0 {
		return nil
	}
	if littleEndian && uintptr(unsafe.Pointer(&b[0]))%unsafe.Alignof(zero) == 0 {
		return unsafe.Slice((*T)(unsafe.Pointer(&b[0])), n)
	}
	out := make([]T, n)
	binary.Read(bytes.NewReader(b), binary.LittleEndian, out)
	return out
}

// bytesString returns b as a string that shares b's memory: b must never
// be written to again.
func bytesString(b []byte) string {
	if len(b) == 0 {
		return ""
	}
	return unsafe.String(&b[0], len(b))
}

// encoder writes the index file's fields, counting bytes for alignment. Its
// first error sticks and is returned by flush.
type encoder struct {
	w   *bufio.Writer
	n   int
	err error
}

func (e *encoder) raw(b []byte) {
	if e.err != nil {
		return
	}
	var n int
	n, e.err = e.w.Write(b)
	e.n += n
}

func (e *encoder) u32(v uint32) { e.raw(binary.LittleEndian.AppendUint32(nil, v)) }
func (e *encoder) u64(v uint64) { e.raw(binary.LittleEndian.AppendUint64(nil, v)) }

func (e *encoder) f64(v float64) { e.u64(math.Float64bits(v)) }

func (e *encoder) str(s string) {
	e.u32(uint32(len(s)))
	e.raw([]byte(s))
}

// align pads with zeros to a multiple of 8 bytes from the start of the file.
func (e *encoder) align() { e.raw(make([]byte, (8-e.n%8)%8)) }

func (e *encoder) flush() error {
	if e.err != nil {
		return e.err
	}
	return e.w.Flush()
}

// decoder reads the fields of an index file held in memory. A read past
// the end, or a count the rest of the file cannot hold, sets err (an
// ErrCorrupt) and returns zero values from then on, so that callers check
// err once at the end.
type decoder struct {
	data []byte
	off  int
	err  error
}

func (d *decoder) fail(format string, args ...any) {
	if d.err == nil {
		d.err = fmt.Errorf("%w: %s", ErrCorrupt, fmt.Sprintf(format, args...))
	}
}

// bytes returns the next n bytes, in place.
func (d *decoder) bytes(n int) []byte {
	if d.err != nil {
		return nil
	}
	if n < 0 || n > len(d.data)-d.off {
		d.fail("truncated at byte %d", d.off)
		return nil
	}
	b := d.data[d.off : d.off+n : d.off+n]
	d.off += n
	return b
}

func (d *decoder) u32() uint32 {
	if b := d.bytes(4); b != nil {
		return binary.LittleEndian.Uint32(b)
	}
	return 0
}

func (d *decoder) u64() uint64 {
	if b := d.bytes(8); b != nil {
		return binary.LittleEndian.Uint64(b)
	}
	return 0
}

func (d *decoder) f64() float64 { return math.Float64frombits(d.u64()) }

func (d *decoder) str() string { return string(d.bytes(int(d.u32()))) }

// fits returns n when the rest of the file can hold n items of at least
// size bytes each, and 0 otherwise, so that a damaged count never makes
// Load allocate more than the file's size.
func (d *decoder) fits(n, size int) int {
	if d.err != nil {
		return 0
	}
	if n < 0 || n > (len(d.data)-d.off)/size {
		d.fail("count %d at byte %d is too large", n, d.off)
		return 0
	}
	return n
}

// count reads a count of items of at least size bytes each.
func (d *decoder) count(size int) int { return d.fits(int(d.u32()), size) }

// align skips the padding encoder.align wrote.
func (d *decoder) align() { d.bytes((8 - d.off%8) % 8) }

// array returns the next n values of T, in place where it can.
func array[T flat](d *decoder, n int) []T {
	var zero T
	size := int(unsafe.Sizeof(zero))
	return fromBytes[T](d.bytes(d.fits(n, size) * size))
}
