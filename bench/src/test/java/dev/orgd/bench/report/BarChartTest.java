package dev.orgd.bench.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BarChartTest {

  @TempDir Path dir;

  @Test
  void drawsAPngWithARowPerBar() throws Exception {
    Path png = dir.resolve("chart.png");
    var atTop =
        ReportFixtures.report().throughput().stream().filter(r -> r.connections() == 64).toList();

    BarChart.write(atTop, "Requests per second at 64 connections", "Test CPU", png);

    BufferedImage image = ImageIO.read(png.toFile());
    assertThat(Files.size(png)).isPositive();
    assertThat(image.getWidth()).isEqualTo(1100);
    assertThat(image.getHeight()).isGreaterThan(3 * 20 + 110);
  }

  @Test
  void drawsAnEmptyChartWhenNothingRan() throws Exception {
    Path png = dir.resolve("empty.png");

    BarChart.write(List.of(), "Nothing", "Test CPU", png);

    assertThat(ImageIO.read(png.toFile())).isNotNull();
  }

  @Test
  void labelsTheLogAxisInThousands() {
    assertThat(BarChart.humanize(100)).isEqualTo("100");
    assertThat(BarChart.humanize(10_000)).isEqualTo("10k");
    assertThat(BarChart.humanize(1_000_000)).isEqualTo("1M");
  }
}
