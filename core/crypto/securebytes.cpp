#include "securebytes.h"

#include <sodium.h>

#include <utility>

namespace tend {

SecureBytes::SecureBytes(std::size_t size)
{
    // sodium_malloc() needs the library set up; sodium_init() is cheap once done.
    if (size == 0 || sodium_init() < 0)
        return;
    m_data = static_cast<unsigned char *>(sodium_malloc(size));
    if (!m_data)
        return;
    sodium_memzero(m_data, size);
    m_size = size;
}

SecureBytes SecureBytes::copyOf(QByteArrayView bytes)
{
    SecureBytes copy(std::size_t(bytes.size()));
    if (!copy.isNull())
        std::copy(bytes.begin(), bytes.end(), copy.m_data);
    return copy;
}

SecureBytes::~SecureBytes()
{
    wipe();
}

SecureBytes::SecureBytes(SecureBytes &&other) noexcept
    : m_data(std::exchange(other.m_data, nullptr)), m_size(std::exchange(other.m_size, 0))
{
}

SecureBytes &SecureBytes::operator=(SecureBytes &&other) noexcept
{
    if (this != &other) {
        wipe();
        m_data = std::exchange(other.m_data, nullptr);
        m_size = std::exchange(other.m_size, 0);
    }
    return *this;
}

QByteArrayView SecureBytes::view() const
{
    return QByteArrayView(reinterpret_cast<const char *>(m_data), qsizetype(m_size));
}

void SecureBytes::wipe()
{
    if (!m_data)
        return;
    sodium_memzero(m_data, m_size);
    sodium_free(m_data); // zeroes again and unlocks
    m_data = nullptr;
    m_size = 0;
}

bool SecureBytes::equals(const SecureBytes &other) const
{
    if (m_size != other.m_size)
        return false;
    if (m_size == 0)
        return true;
    return sodium_memcmp(m_data, other.m_data, m_size) == 0;
}

} // namespace tend
