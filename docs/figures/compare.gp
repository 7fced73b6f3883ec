# Chart written by casestat.  Render it with: gnuplot -d THIS_FILE
# (it writes the picture named below into the current directory).
set encoding utf8
if (!exists('cs_output')) cs_output = './compare.png'
set terminal pngcairo size 1000,680 font 'DejaVu Sans,10' noenhanced
set output cs_output
set termoption noenhanced
set linetype 1 lc rgb '#0072B2' lw 2 pt 7 ps 1.2
set linetype 2 lc rgb '#D55E00' lw 2 pt 5 ps 1.1
set linetype 3 lc rgb '#009E73' lw 2 pt 9 ps 1.3
set linetype 4 lc rgb '#E69F00' lw 2 pt 11 ps 1.3
set linetype 5 lc rgb '#CC79A7' lw 2 pt 13 ps 1.3
set linetype 6 lc rgb '#56B4E9' lw 2 pt 15 ps 1.2
set linetype 7 lc rgb '#F0E442' lw 2 pt 7 ps 1.2
set linetype 8 lc rgb '#000000' lw 2 pt 5 ps 1.1
set linetype cycle 8
set border 3 lc rgb '#404040'
set tics nomirror textcolor rgb '#202020'
set grid lc rgb '#E0E0E0' lw 1 dt 1
set key noenhanced
set multiplot title 'the case file (complained) compared with all donors (questioned)' font ',13'
unset label
unset arrow
unset logscale
set origin 0,0.635294
set size 1,0.291176
set title 'Difference p1 − p2 (reference line: no difference)' noenhanced font ',11'
set bmargin 3.2
set tmargin 2.5
set yrange [0.4:2.6]
set link y2
set grid noytics xtics
unset mytics
set xrange [-5:105]
set xtics ( \
    '0' 0, \
    '20' 20, \
    '40' 40, \
    '60' 60, \
    '80' 80, \
    '100' 100) nomirror noenhanced
set lmargin at screen 0.1710
set rmargin at screen 0.8080
set xlabel 'difference in share (percentage points)' noenhanced
set ylabel '' noenhanced
set ytics ( \
    'Newcombe hybrid score' 2, \
    'Wald' 1) nomirror scale 0 noenhanced
set y2tics ( \
    '+74.3 pp (37.3 to 86.0)' 2, \
    '+74.3 pp (48.4 to 100.0)' 1) scale 0 noenhanced
set arrow from first 0, graph 0 to first 0, graph 1 nohead dt 2 lw 1.5 lc rgb '#7F7F7F' back
unset key
$dots1 << CASESTAT_EOD
0 2 74.285710000000009 37.250709999999998 86.025829999999999
1 1 74.285710000000009 48.352519999999998 100
CASESTAT_EOD
plot $dots1 using 3:2:4:5 with xerrorbars lt 1 lw 2.5 notitle
unset label
unset arrow
unset logscale
set origin 0,0.394118
set size 1,0.241176
set title 'Ratio p1 / p2 (reference line: equal shares)' noenhanced font ',11'
set bmargin 3.2
set tmargin 2.5
set yrange [0.4:1.6]
set link y2
set grid noytics xtics
unset mytics
set logscale x
set xrange [0.89028450568948259:11.478757559737149]
set xtics ( \
    '1' 1, \
    '10' 10) nomirror noenhanced
set lmargin at screen 0.1710
set rmargin at screen 0.8080
set xlabel 'ratio of shares (logarithmic scale)' noenhanced
set ylabel '' noenhanced
set ytics ( \
    'Katz log' 1) nomirror scale 0 noenhanced
set y2tics ( \
    '7.50 (5.50–10.2)' 1) scale 0 noenhanced
set arrow from first 1, graph 0 to first 1, graph 1 nohead dt 2 lw 1.5 lc rgb '#7F7F7F' back
unset key
$dots1 << CASESTAT_EOD
0 1 7.5 5.5042609999999996 10.21936
CASESTAT_EOD
plot $dots1 using 3:2:4:5 with xerrorbars lt 1 lw 2.5 notitle
unset label
unset arrow
unset logscale
set origin 0,0
set size 1,0.394118
set title 'Odds ratio (reference line: equal odds)' noenhanced font ',11'
set bmargin 5.7
set tmargin 2.5
set yrange [0.4:2.6]
set link y2
set grid noytics xtics
unset mytics
set logscale x
set xrange [0.68196559753687391:3097.3351260373361]
set xtics ( \
    '1' 1, \
    '10' 10, \
    '100' 100, \
    '1,000' 1000) nomirror noenhanced
set lmargin at screen 0.1710
set rmargin at screen 0.8080
set xlabel 'odds ratio (logarithmic scale)' noenhanced
set ylabel '' noenhanced
set ytics ( \
    'Woolf logit' 2, \
    'exact conditional' 1) nomirror scale 0 noenhanced
set y2tics ( \
    '46.5 (5.59–387)' 2, \
    '46.4 (5.62–2,110)' 1) scale 0 noenhanced
set arrow from first 1, graph 0 to first 1, graph 1 nohead dt 2 lw 1.5 lc rgb '#7F7F7F' back
set label 'p1 = share in the case file (complained) (6 of 7); p2 = share in all donors (questioned) (800 of 7,000).' at character 1.5, character 1.90 left font ',9' textcolor rgb '#404040' noenhanced
set label 'Dot: estimate.  Line: 95% confidence interval, one row per method.  An interval crossing the dashed line is consistent with no difference.' at character 1.5, character 0.65 left font ',9' textcolor rgb '#404040' noenhanced
unset key
$dots1 << CASESTAT_EOD
0 2 46.5 5.591062 386.73329999999999
1 1 46.438279999999999 5.6247829999999999 2112.2759999999998
CASESTAT_EOD
plot $dots1 using 3:2:4:5 with xerrorbars lt 1 lw 2.5 notitle
unset multiplot
