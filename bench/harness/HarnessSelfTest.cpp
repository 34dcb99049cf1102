// Exercises the harness on two known quantities: one SHA-256 over 256 bytes (the baseline) and eight of them
// (the figure), so the printed ratio must come out near 8. A sanity check of the harness, not of CardDesk.
#include "BenchHarness.h"

#include <openssl/evp.h>

int main(int argc, char** argv)
{
    unsigned char data[256] = {};
    unsigned char md[32];
    unsigned int len = 0;
    EVP_MD_CTX* ctx = EVP_MD_CTX_new();
    auto oneHash = [&] {
        EVP_DigestInit_ex(ctx, EVP_sha256(), nullptr);
        EVP_DigestUpdate(ctx, data, sizeof data);
        EVP_DigestFinal_ex(ctx, md, &len);
        data[0] = md[0];
    };
    carddesk::bench::Report report(QStringLiteral("harness-selftest"));
    const auto base = carddesk::bench::measure(oneHash, 200000, 1000);
    report.addBaseline(QStringLiteral("sha256-256B"), QStringLiteral("one SHA-256 over 256 bytes, reused context"), base.median, QStringLiteral("us"));
    const auto eight = carddesk::bench::measure([&] { for (int i = 0; i < 8; ++i) oneHash(); }, 50000, 250);
    report.addFigure(QStringLiteral("eight SHA-256"), eight.median, QStringLiteral("us"), QStringLiteral("sha256-256B"), 8.0, 1.2);
    EVP_MD_CTX_free(ctx);
    return report.finish(argc, argv);
}
