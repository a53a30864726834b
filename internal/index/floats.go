package index

import (
	"encoding/binary"
	"math"
	"unsafe"
)

// littleEndian is true on machines that store a float32 as the index file
// does, where vectors are written and read without converting each float.
var littleEndian = binary.NativeEndian.Uint16([]byte{1, 0}) == 1

// float32Bytes returns v as little-endian bytes: v's own memory on a
// little-endian machine, a converted copy elsewhere.
func float32Bytes(v []float32) []byte {
	if len(v) == 0 {
		return nil
	}
	if littleEndian {
		return unsafe.Slice((*byte)(unsafe.Pointer(&v[0])), 4*len(v))
	}
	out := make([]byte, 4*len(v))
	for i, x := range v {
		binary.LittleEndian.PutUint32(out[4*i:], math.Float32bits(x))
	}
	return out
}

// bytesFloat32 reads little-endian float32s: b's own memory on a
// little-endian machine, which the caller must have aligned to 4 bytes, a
// converted copy elsewhere.
func bytesFloat32(b []byte) []float32 {
	if len(b) == 0 {
		return nil
	}
	if littleEndian {
		return unsafe.Slice((*float32)(unsafe.Pointer(&b[0])), len(b)/4)
	}
	out := make([]float32, len(b)/4)
	for i := range out {
		out[i] = math.Float32frombits(binary.LittleEndian.Uint32(b[4*i:]))
	}
	return out
}
