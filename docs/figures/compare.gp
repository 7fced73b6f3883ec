# Chart written by casestat.  Render it with: gnuplot -d THIS_FILE
# (it writes the picture named below into the current directory).
set encoding utf8
if (!exists('cs_output')) cs_output = './compare.png'
set terminal pngcairo size 1000,884 font 'DejaVu Sans,10' noenhanced
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
set multiplot title 'rows with channel = ''Kaspi'' compared with rows with channel = ''card''' font ',13'
unset label
unset arrow
unset logscale
set origin 0,0.604072
set size 1,0.339367
set title 'Difference p1 − p2 (reference line: no difference)' noenhanced font ',11'
set bmargin 3.2
set tmargin 2.5
set yrange [0.4:5.6]
set link y2
set grid noytics xtics
unset mytics
set xrange [-0.40947660561679444:8.5990087179526817]
set xtics ( \
    '0' 0, \
    '2' 2, \
    '4' 4, \
    '6' 6, \
    '8' 8) nomirror noenhanced
set lmargin at screen 0.3600
set rmargin at screen 0.8150
set xlabel 'difference in share (percentage points)' noenhanced
set ylabel '' noenhanced
set ytics ( \
    'Wald' 5, \
    'Newcombe hybrid score' 4, \
    'Newcombe hybrid score with continuity c…' 3, \
    'Agresti-Caffo' 2, \
    'Miettinen-Nurminen score' 1) nomirror scale 0 noenhanced
set y2tics ( \
    '+6.63 pp (5.08 to 8.19)' 5, \
    '+6.63 pp (5.02 to 8.14)' 4, \
    '+6.63 pp (4.99 to 8.17)' 3, \
    '+6.63 pp (5.04 to 8.16)' 2, \
    '+6.63 pp (5.03 to 8.15)' 1) scale 0 noenhanced
set arrow from first 0, graph 0 to first 0, graph 1 nohead dt 2 lw 1.5 lc rgb '#7F7F7F' back
unset key
$dots1 << CASESTAT_EOD
0 5 6.6334621046268012 5.0773920969177144 8.189532112335888
1 4 6.6334621046268012 5.0190394912329648 8.139533192147006
2 3 6.6334621046268012 4.9877728660830147 8.1666369804749053
3 2 6.6334621046268012 5.0408823009732417 8.1583632992573882
4 1 6.6334621046268012 5.027962230623265 8.1499198415181997
CASESTAT_EOD
plot $dots1 using 3:2:4:5 with xerrorbars lt 1 lw 2.5 notitle
unset label
unset arrow
unset logscale
set origin 0,0.341629
set size 1,0.262443
set title 'Ratio p1 / p2 (reference line: equal shares)' noenhanced font ',11'
set bmargin 3.2
set tmargin 2.5
set yrange [0.4:3.6]
set link y2
set grid noytics xtics
unset mytics
set logscale x
set xrange [0.89125093813374556:2.6375387989377788]
set xtics ( \
    '1' 1, \
    '2' 2) nomirror noenhanced
set lmargin at screen 0.3600
set rmargin at screen 0.8150
set xlabel 'ratio of shares (logarithmic scale)' noenhanced
set ylabel '' noenhanced
set ytics ( \
    'Katz log' 3, \
    'adjusted log' 2, \
    'Koopman score' 1) nomirror scale 0 noenhanced
set y2tics ( \
    '1.95 (1.62–2.35)' 3, \
    '1.95 (1.61–2.34)' 2, \
    '1.95 (1.62–2.35)' 1) scale 0 noenhanced
set arrow from first 1, graph 0 to first 1, graph 1 nohead dt 2 lw 1.5 lc rgb '#7F7F7F' back
unset key
$dots1 << CASESTAT_EOD
0 3 1.9495170549763323 1.6176878002032551 2.3494129999410647
1 2 1.9495170549763323 1.6131870267053303 2.3411829252675473
2 1 1.9495170549763323 1.619618850549883 2.3507089289174479
CASESTAT_EOD
plot $dots1 using 3:2:4:5 with xerrorbars lt 1 lw 2.5 notitle
unset label
unset arrow
unset logscale
set origin 0,0
set size 1,0.341629
set title 'Odds ratio (reference line: equal odds)' noenhanced font ',11'
set bmargin 5.7
set tmargin 2.5
set yrange [0.4:3.6]
set link y2
set grid noytics xtics
unset mytics
set logscale x
set xrange [0.89125093813374556:2.9100882764199985]
set xtics ( \
    '1' 1, \
    '2' 2) nomirror noenhanced
set lmargin at screen 0.3600
set rmargin at screen 0.8150
set xlabel 'odds ratio (logarithmic scale)' noenhanced
set ylabel '' noenhanced
set ytics ( \
    'Woolf logit' 3, \
    'exact conditional' 2, \
    'exact conditional mid-p' 1) nomirror scale 0 noenhanced
set y2tics ( \
    '2.10 (1.71–2.57)' 3, \
    '2.10 (1.71–2.59)' 2, \
    '2.10 (1.72–2.58)' 1) scale 0 noenhanced
set arrow from first 1, graph 0 to first 1, graph 1 nohead dt 2 lw 1.5 lc rgb '#7F7F7F' back
set label 'p1 = share in rows with channel = ''Kaspi'' (628 of 4,611); p2 = share in rows with channel = ''card'' (121 of 1,732).' at character 1.5, character 1.90 left font ',9' textcolor rgb '#404040' noenhanced
set label 'Dot: estimate.  Line: 95% confidence interval, one row per method.  An interval crossing the dashed line is consistent with no difference.' at character 1.5, character 0.65 left font ',9' textcolor rgb '#404040' noenhanced
unset key
$dots1 << CASESTAT_EOD
0 3 2.0992275020074986 1.7135345388122514 2.5717346253430158
1 2 2.0990149261178206 1.7096377182646885 2.5936189064113382
2 1 2.0990149261178206 1.7178867293297471 2.5796465025321953
CASESTAT_EOD
plot $dots1 using 3:2:4:5 with xerrorbars lt 1 lw 2.5 notitle
unset multiplot
