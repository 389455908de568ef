package dev.orgd.bench.report;

import dev.orgd.bench.load.LoadResult;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javax.imageio.ImageIO;

/**
 * Draws requests per second as a horizontal grouped bar chart on a log scale: one group per
 * operation, one bar per server, each bar labelled with its value. Plain java.awt, headless.
 */
public final class BarChart {

  private static final int WIDTH = 1100;
  private static final int LEFT = 250;
  private static final int RIGHT = 110;
  private static final int TOP = 110;
  private static final int BOTTOM = 60;
  private static final int BAR = 20;
  private static final int BAR_GAP = 4;
  private static final int GROUP_GAP = 18;

  private static final Color[] PALETTE = {
    new Color(0x6E6E6E), // ceiling: grey
    new Color(0x1F77B4),
    new Color(0x2CA02C),
    new Color(0x9467BD),
    new Color(0xFF7F0E),
    new Color(0xD62728),
    new Color(0x17BECF),
    new Color(0x8C564B),
  };

  private BarChart() {}

  /**
   * Writes the chart of {@code results} (runs at one connection count) to {@code png}; {@code
   * subtitle} names the machine.
   */
  public static void write(List<LoadResult> results, String title, String subtitle, Path png)
      throws IOException {
    System.setProperty("java.awt.headless", "true");
    ImageIO.write(render(results, title, subtitle), "png", png.toFile());
  }

  static BufferedImage render(List<LoadResult> results, String title, String subtitle) {
    Map<String, Map<String, Double>> groups = new LinkedHashMap<>();
    List<String> series = new ArrayList<>();
    for (LoadResult r : results) {
      groups
          .computeIfAbsent(r.scenario(), k -> new LinkedHashMap<>())
          .put(r.target(), r.requestsPerSecond());
      if (!series.contains(r.target())) {
        series.add(r.target());
      }
    }
    int bars = groups.values().stream().mapToInt(Map::size).sum();
    int plotHeight = Math.max(60, bars * (BAR + BAR_GAP) + groups.size() * GROUP_GAP);
    int height = TOP + plotHeight + BOTTOM;
    BufferedImage image = new BufferedImage(WIDTH, height, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = image.createGraphics();
    try {
      g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
      g.setRenderingHint(
          RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
      g.setColor(Color.WHITE);
      g.fillRect(0, 0, WIDTH, height);
      g.setColor(Color.BLACK);
      g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 20));
      g.drawString(title, 20, 32);
      g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 13));
      g.setColor(Color.DARK_GRAY);
      g.drawString(subtitle, 20, 54);
      legend(g, series);
      if (!groups.isEmpty()) {
        Scale scale = Scale.of(groups);
        axis(g, scale, plotHeight);
        bars(g, scale, groups, series);
      }
    } finally {
      g.dispose();
    }
    return image;
  }

  private static void legend(Graphics2D g, List<String> series) {
    g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 14));
    int x = 20;
    for (int i = 0; i < series.size(); i++) {
      g.setColor(color(i));
      g.fillRect(x, 70, 14, 14);
      g.setColor(Color.BLACK);
      g.drawString(series.get(i), x + 20, 82);
      x += 20 + g.getFontMetrics().stringWidth(series.get(i)) + 26;
    }
  }

  private static void axis(Graphics2D g, Scale scale, int plotHeight) {
    g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 12));
    FontMetrics fm = g.getFontMetrics();
    int bottom = TOP + plotHeight;
    for (int e = scale.minExp; e <= scale.maxExp; e++) {
      for (int m : new int[] {1, 2, 5}) {
        double v = m * Math.pow(10, e);
        if (v > Math.pow(10, scale.maxExp)) {
          break;
        }
        int x = scale.x(v);
        g.setColor(m == 1 ? new Color(0xC8C8C8) : new Color(0xEDEDED));
        g.setStroke(new BasicStroke(1f));
        g.drawLine(x, TOP - 6, x, bottom);
        if (m == 1) {
          String label = humanize(v);
          g.setColor(Color.DARK_GRAY);
          g.drawString(label, x - fm.stringWidth(label) / 2, bottom + 18);
        }
      }
    }
    g.setColor(Color.DARK_GRAY);
    String caption = "requests per second (log scale) - longer is faster";
    g.drawString(caption, LEFT + (scale.width - fm.stringWidth(caption)) / 2, bottom + 40);
  }

  private static void bars(
      Graphics2D g, Scale scale, Map<String, Map<String, Double>> groups, List<String> series) {
    Font label = new Font(Font.SANS_SERIF, Font.BOLD, 14);
    Font value = new Font(Font.SANS_SERIF, Font.PLAIN, 12);
    int y = TOP;
    for (Map.Entry<String, Map<String, Double>> group : groups.entrySet()) {
      int groupHeight = group.getValue().size() * (BAR + BAR_GAP) - BAR_GAP;
      g.setFont(label);
      g.setColor(Color.BLACK);
      FontMetrics fm = g.getFontMetrics();
      String name = group.getKey();
      g.drawString(
          name, LEFT - 12 - fm.stringWidth(name), y + groupHeight / 2 + fm.getAscent() / 2 - 2);
      g.setFont(value);
      for (Map.Entry<String, Double> bar : group.getValue().entrySet()) {
        int x1 = scale.x(bar.getValue());
        g.setColor(color(series.indexOf(bar.getKey())));
        g.fillRect(LEFT, y, Math.max(2, x1 - LEFT), BAR);
        g.setColor(Color.BLACK);
        g.drawString(rate(bar.getValue()), Math.max(LEFT, x1) + 6, y + BAR - 5);
        y += BAR + BAR_GAP;
      }
      y += GROUP_GAP - BAR_GAP;
    }
  }

  private static Color color(int index) {
    return PALETTE[index % PALETTE.length];
  }

  static String humanize(double v) {
    if (v >= 1_000_000) {
      return String.format(Locale.ROOT, "%.0fM", v / 1_000_000);
    }
    if (v >= 1_000) {
      return String.format(Locale.ROOT, "%.0fk", v / 1_000);
    }
    return String.format(Locale.ROOT, "%.0f", v);
  }

  private static String rate(double v) {
    return v >= 100
        ? String.format(Locale.ROOT, "%,.0f", v)
        : String.format(Locale.ROOT, "%.1f", v);
  }

  /** The log-scale x axis: whole powers of ten around the data. */
  private record Scale(int minExp, int maxExp, int width) {
    static Scale of(Map<String, Map<String, Double>> groups) {
      double min = Double.MAX_VALUE;
      double max = 1;
      for (Map<String, Double> g : groups.values()) {
        for (double v : g.values()) {
          if (v > 0) {
            min = Math.min(min, v);
            max = Math.max(max, v);
          }
        }
      }
      int minExp = (int) Math.floor(Math.log10(Math.max(1, Math.min(min, max))));
      int maxExp = Math.max(minExp + 1, (int) Math.ceil(Math.log10(max)));
      return new Scale(minExp, maxExp, WIDTH - LEFT - RIGHT);
    }

    int x(double v) {
      double clamped = Math.max(v, Math.pow(10, minExp));
      double f = (Math.log10(clamped) - minExp) / (maxExp - minExp);
      return LEFT + (int) Math.round(f * width);
    }
  }
}
