// Derives the committed test pictures in tests/photo/data from public-domain / Debian-packaged originals.
// Run by hand (see tests/photo/data/README.md); the tests derive their other cases at run time.
//   photo_make_test_data ASTRONAUT.png COFFEE.png CHELSEA.png OUTDIR
#include <opencv2/imgcodecs.hpp>
#include <opencv2/imgproc.hpp>

#include <cstdio>
#include <string>

namespace {

bool save(const std::string& path, const cv::Mat& m)
{
    const bool ok = cv::imwrite(path, m, {cv::IMWRITE_JPEG_QUALITY, 90});
    std::printf("%s %dx%d %s\n", path.c_str(), m.cols, m.rows, ok ? "written" : "FAILED");
    return ok;
}

cv::Mat fitWidth(const cv::Mat& m, int width)
{
    cv::Mat out;
    const double s = double(width) / m.cols;
    cv::resize(m, out, cv::Size(), s, s, cv::INTER_AREA);
    return out;
}

} // namespace

int main(int argc, char** argv)
{
    if (argc != 5) {
        std::fprintf(stderr, "usage: %s ASTRONAUT.png COFFEE.png CHELSEA.png OUTDIR\n", argv[0]);
        return 2;
    }
    const cv::Mat astronaut = cv::imread(argv[1], cv::IMREAD_COLOR);
    const cv::Mat coffee = cv::imread(argv[2], cv::IMREAD_COLOR);
    const cv::Mat chelsea = cv::imread(argv[3], cv::IMREAD_COLOR);
    if (astronaut.empty() || coffee.empty() || chelsea.empty())
        return 2;
    const std::string out = argv[4];

    // A 4:3 camera-like frame in which the head sits where the card-photo standard wants it inside the
    // centred 358:441 guide: head top ~14 px, eyes centred, face ~200 px wide in photo pixels.
    const cv::Rect frameInOriginal(92, 9, 265, 199);
    cv::Mat frame;
    cv::resize(astronaut(frameInOriginal), frame, cv::Size(320, 240), 0, 0, cv::INTER_CUBIC);

    // The same frame on a white background: GrabCut separates the person (hair, face, suit) from the
    // studio backdrop; the backdrop becomes white.
    cv::Mat mask(frame.size(), CV_8U, cv::Scalar(cv::GC_PR_BGD));
    cv::rectangle(mask, cv::Rect(50, 0, 220, 240), cv::GC_PR_FGD, cv::FILLED);
    cv::rectangle(mask, cv::Rect(0, 0, 320, 5), cv::GC_BGD, cv::FILLED);     // above the hair
    cv::rectangle(mask, cv::Rect(0, 0, 40, 120), cv::GC_BGD, cv::FILLED);    // left of the head
    cv::rectangle(mask, cv::Rect(285, 0, 35, 120), cv::GC_BGD, cv::FILLED);  // right of the head
    cv::rectangle(mask, cv::Rect(125, 55, 75, 100), cv::GC_FGD, cv::FILLED); // the face
    cv::rectangle(mask, cv::Rect(60, 200, 200, 40), cv::GC_FGD, cv::FILLED); // the suit
    cv::Mat bgModel, fgModel;
    cv::grabCut(frame, mask, cv::Rect(), bgModel, fgModel, 8, cv::GC_INIT_WITH_MASK);
    cv::Mat person = (mask == cv::GC_FGD) | (mask == cv::GC_PR_FGD);
    cv::Mat soft;
    person.convertTo(soft, CV_32F, 1.0 / 255);
    cv::GaussianBlur(soft, soft, cv::Size(5, 5), 0);
    cv::Mat white(frame.size(), CV_8UC3, cv::Scalar(245, 245, 245));
    cv::Mat frameF, whiteF, composite;
    frame.convertTo(frameF, CV_32FC3);
    white.convertTo(whiteF, CV_32FC3);
    cv::Mat soft3;
    cv::merge(std::vector<cv::Mat>{soft, soft, soft}, soft3);
    composite = frameF.mul(soft3) + whiteF.mul(cv::Scalar::all(1.0) - soft3);
    cv::Mat whiteFrame;
    composite.convertTo(whiteFrame, CV_8UC3);

    bool ok = save(out + "/astronaut-frame.jpg", frame);
    ok &= save(out + "/astronaut-frame-white.jpg", whiteFrame);
    ok &= save(out + "/astronaut-384.jpg", fitWidth(astronaut, 384));
    ok &= save(out + "/coffee-320.jpg", fitWidth(coffee, 320));
    ok &= save(out + "/chelsea-320.jpg", fitWidth(chelsea, 320));
    return ok ? 0 : 1;
}
