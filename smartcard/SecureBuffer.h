#pragma once

#include <array>
#include <cstddef>

namespace carddesk {

// Holds a secret (a PIN's digits, a PIN block) in a fixed-size buffer that is wiped with OPENSSL_cleanse
// when cleared, moved from or destroyed. Fixed capacity: no reallocation can leave a copy behind.
// Deliberately has no conversion to QString/QByteArray/std::string and no stream operator.
class SecureBuffer
{
public:
    static constexpr std::size_t Capacity = 64;

    SecureBuffer() = default;
    SecureBuffer(const unsigned char* data, std::size_t size);
    ~SecureBuffer();
    SecureBuffer(SecureBuffer&& other) noexcept;
    SecureBuffer& operator=(SecureBuffer&& other) noexcept;
    SecureBuffer(const SecureBuffer&) = delete;
    SecureBuffer& operator=(const SecureBuffer&) = delete;

    // Builds a buffer from ASCII text (tests and the admin tool's terminal input); the caller wipes its source.
    static SecureBuffer fromAscii(const char* text);

    // Returns false (and leaves the buffer as it was) when full.
    bool append(unsigned char byte);
    void removeLast();
    void clear();
    SecureBuffer clone() const;

    const unsigned char* data() const { return m_data.data(); }
    unsigned char* data() { return m_data.data(); }
    std::size_t size() const { return m_size; }
    bool isEmpty() const { return m_size == 0; }
    unsigned char operator[](std::size_t i) const { return m_data[i]; }
    bool isAllDigits() const;

    // Constant-time comparison (for "enter the new PIN twice").
    bool equals(const SecureBuffer& other) const;

private:
    std::array<unsigned char, Capacity> m_data{};
    std::size_t m_size = 0;
};

} // namespace carddesk
