s = "text"
b = b"raw bytes"
