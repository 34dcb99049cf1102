#include "smartcard/SecureBuffer.h"

#include <openssl/crypto.h>

#include <cstring>

namespace carddesk {

SecureBuffer::SecureBuffer(const unsigned char* data, std::size_t size)
{
    m_size = size > Capacity ? Capacity : size;
    if (m_size > 0)
        std::memcpy(m_data.data(), data, m_size);
}

SecureBuffer::~SecureBuffer()
{
    clear();
}

SecureBuffer::SecureBuffer(SecureBuffer&& other) noexcept
{
    *this = std::move(other);
}

SecureBuffer& SecureBuffer::operator=(SecureBuffer&& other) noexcept
{
    if (this != &other) {
        clear();
        std::memcpy(m_data.data(), other.m_data.data(), other.m_size);
        m_size = other.m_size;
        other.clear();
    }
    return *this;
}

SecureBuffer SecureBuffer::fromAscii(const char* text)
{
    return SecureBuffer(reinterpret_cast<const unsigned char*>(text), text ? std::strlen(text) : 0);
}

bool SecureBuffer::append(unsigned char byte)
{
    if (m_size >= Capacity)
        return false;
    m_data[m_size++] = byte;
    return true;
}

void SecureBuffer::removeLast()
{
    if (m_size > 0)
        OPENSSL_cleanse(&m_data[--m_size], 1);
}

void SecureBuffer::clear()
{
    OPENSSL_cleanse(m_data.data(), m_data.size());
    m_size = 0;
}

SecureBuffer SecureBuffer::clone() const
{
    return SecureBuffer(m_data.data(), m_size);
}

bool SecureBuffer::isAllDigits() const
{
    for (std::size_t i = 0; i < m_size; ++i)
        if (m_data[i] < '0' || m_data[i] > '9')
            return false;
    return true;
}

bool SecureBuffer::equals(const SecureBuffer& other) const
{
    if (m_size != other.m_size)
        return false;
    return CRYPTO_memcmp(m_data.data(), other.m_data.data(), m_size) == 0;
}

} // namespace carddesk
