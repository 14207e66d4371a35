#pragma once

#include <QByteArrayView>

#include <cstddef>

namespace tend {

// Bytes that must never reach disk or outlive their use: a key, a passphrase. They live in
// libsodium's guarded memory (locked against swapping, fenced by guard pages, left out of
// core dumps) and are wiped when freed or wipe() is called. Move-only.
class SecureBytes
{
public:
    SecureBytes() = default;
    // `size` zero bytes; isNull() if the memory could not be had.
    explicit SecureBytes(std::size_t size);
    static SecureBytes copyOf(QByteArrayView bytes);
    ~SecureBytes();

    SecureBytes(SecureBytes &&other) noexcept;
    SecureBytes &operator=(SecureBytes &&other) noexcept;
    SecureBytes(const SecureBytes &) = delete;
    SecureBytes &operator=(const SecureBytes &) = delete;

    bool isNull() const { return m_data == nullptr; }
    std::size_t size() const { return m_size; }
    unsigned char *data() { return m_data; }
    const unsigned char *data() const { return m_data; }
    QByteArrayView view() const;

    // Zeroes the bytes and gives the memory back; the object is null afterwards.
    void wipe();

    // In constant time, as keys must be compared.
    bool equals(const SecureBytes &other) const;

private:
    unsigned char *m_data = nullptr;
    std::size_t m_size = 0;
};

} // namespace tend
