# Chart written by casestat.  Render it with: gnuplot -d THIS_FILE
# (it writes the picture named below into the current directory).
set encoding utf8
if (!exists('cs_output')) cs_output = './mse_patterns.png'
set terminal pngcairo size 1000,1180 font 'DejaVu Sans,10' noenhanced
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
set multiplot title 'People by the lists that name them' font ',13'
unset label
unset arrow
unset logscale
set origin 0,0.79661
set size 1,0.161017
set lmargin at screen 0.1000
set rmargin at screen 0.9600
set tmargin 2.4
set bmargin 0.6
set title 'Almaty: 1,424 people named' noenhanced font ',11'
set border 3
set xrange [0.4:15.6]
set xtics 1,1,15 format '' scale 0
set yrange [0:500]
set grid ytics xtics
unset key
set style fill solid 0.85 noborder
set boxwidth 0.7
set ytics ( \
    '0' 0, \
    '100' 100, \
    '200' 200, \
    '300' 300, \
    '400' 400, \
    '500' 500) nomirror noenhanced
set xlabel '' noenhanced
set ylabel 'people' noenhanced
set label '201' at first 1, first 201 center offset 0,0.6 font ',9' noenhanced
set label '109' at first 2, first 109 center offset 0,0.6 font ',9' noenhanced
set label '97' at first 3, first 97 center offset 0,0.6 font ',9' noenhanced
set label '380' at first 4, first 380 center offset 0,0.6 font ',9' noenhanced
set label '218' at first 5, first 218 center offset 0,0.6 font ',9' noenhanced
set label '39' at first 6, first 39 center offset 0,0.6 font ',9' noenhanced
set label '90' at first 7, first 90 center offset 0,0.6 font ',9' noenhanced
set label '10' at first 8, first 10 center offset 0,0.6 font ',9' noenhanced
set label '56' at first 9, first 56 center offset 0,0.6 font ',9' noenhanced
set label '46' at first 10, first 46 center offset 0,0.6 font ',9' noenhanced
set label '45' at first 11, first 45 center offset 0,0.6 font ',9' noenhanced
set label '80' at first 12, first 80 center offset 0,0.6 font ',9' noenhanced
set label '23' at first 13, first 23 center offset 0,0.6 font ',9' noenhanced
set label '9' at first 14, first 9 center offset 0,0.6 font ',9' noenhanced
set label '21' at first 15, first 21 center offset 0,0.6 font ',9' noenhanced
$bars << CASESTAT_EOD
0 1 201
1 2 109
2 3 97
3 4 380
4 5 218
5 6 39
6 7 90
7 8 10
8 9 56
9 10 46
10 11 45
11 12 80
12 13 23
13 14 9
14 15 21
CASESTAT_EOD
plot $bars using 2:3 with boxes lc rgb '#0072B2' notitle
unset label
unset arrow
unset logscale
set origin 0,0.635593
set size 1,0.161017
set lmargin at screen 0.1000
set rmargin at screen 0.9600
set tmargin 2.4
set bmargin 0.6
set title 'Almaty Region: 278 people named' noenhanced font ',11'
set border 3
set xrange [0.4:15.6]
set xtics 1,1,15 format '' scale 0
set yrange [0:200]
set grid ytics xtics
unset key
set style fill solid 0.85 noborder
set boxwidth 0.7
set ytics ( \
    '0' 0, \
    '50' 50, \
    '100' 100, \
    '150' 150, \
    '200' 200) nomirror noenhanced
set xlabel '' noenhanced
set ylabel 'people' noenhanced
set label '24' at first 1, first 24 center offset 0,0.6 font ',9' noenhanced
set label '27' at first 2, first 27 center offset 0,0.6 font ',9' noenhanced
set label '20' at first 3, first 20 center offset 0,0.6 font ',9' noenhanced
set label '87' at first 4, first 87 center offset 0,0.6 font ',9' noenhanced
set label '34' at first 5, first 34 center offset 0,0.6 font ',9' noenhanced
set label '7' at first 6, first 7 center offset 0,0.6 font ',9' noenhanced
set label '12' at first 7, first 12 center offset 0,0.6 font ',9' noenhanced
set label '6' at first 8, first 6 center offset 0,0.6 font ',9' noenhanced
set label '11' at first 9, first 11 center offset 0,0.6 font ',9' noenhanced
set label '16' at first 10, first 16 center offset 0,0.6 font ',9' noenhanced
set label '6' at first 11, first 6 center offset 0,0.6 font ',9' noenhanced
set label '21' at first 12, first 21 center offset 0,0.6 font ',9' noenhanced
set label '2' at first 13, first 2 center offset 0,0.6 font ',9' noenhanced
set label '3' at first 14, first 3 center offset 0,0.6 font ',9' noenhanced
set label '2' at first 15, first 2 center offset 0,0.6 font ',9' noenhanced
$bars << CASESTAT_EOD
0 1 24
1 2 27
2 3 20
3 4 87
4 5 34
5 6 7
6 7 12
7 8 6
8 9 11
9 10 16
10 11 6
11 12 21
12 13 2
13 14 3
14 15 2
CASESTAT_EOD
plot $bars using 2:3 with boxes lc rgb '#0072B2' notitle
unset label
unset arrow
unset logscale
set origin 0,0.474576
set size 1,0.161017
set lmargin at screen 0.1000
set rmargin at screen 0.9600
set tmargin 2.4
set bmargin 0.6
set title 'Mangystau Region: 135 people named' noenhanced font ',11'
set border 3
set xrange [0.4:15.6]
set xtics 1,1,15 format '' scale 0
set yrange [0:50]
set grid ytics xtics
unset key
set style fill solid 0.85 noborder
set boxwidth 0.7
set ytics ( \
    '0' 0, \
    '10' 10, \
    '20' 20, \
    '30' 30, \
    '40' 40, \
    '50' 50) nomirror noenhanced
set xlabel '' noenhanced
set ylabel 'people' noenhanced
set label '30' at first 1, first 30 center offset 0,0.6 font ',9' noenhanced
set label '24' at first 2, first 24 center offset 0,0.6 font ',9' noenhanced
set label '32' at first 3, first 32 center offset 0,0.6 font ',9' noenhanced
set label '0' at first 4, first 0 center offset 0,0.6 font ',9' noenhanced
set label '26' at first 5, first 26 center offset 0,0.6 font ',9' noenhanced
set label '15' at first 6, first 15 center offset 0,0.6 font ',9' noenhanced
set label '0' at first 7, first 0 center offset 0,0.6 font ',9' noenhanced
set label '2' at first 8, first 2 center offset 0,0.6 font ',9' noenhanced
set label '0' at first 9, first 0 center offset 0,0.6 font ',9' noenhanced
set label '0' at first 10, first 0 center offset 0,0.6 font ',9' noenhanced
set label '6' at first 11, first 6 center offset 0,0.6 font ',9' noenhanced
set label '0' at first 12, first 0 center offset 0,0.6 font ',9' noenhanced
set label '0' at first 13, first 0 center offset 0,0.6 font ',9' noenhanced
set label '0' at first 14, first 0 center offset 0,0.6 font ',9' noenhanced
set label '0' at first 15, first 0 center offset 0,0.6 font ',9' noenhanced
$bars << CASESTAT_EOD
0 1 30
1 2 24
2 3 32
3 4 0
4 5 26
5 6 15
6 7 0
7 8 2
8 9 0
9 10 0
10 11 6
11 12 0
12 13 0
13 14 0
14 15 0
CASESTAT_EOD
plot $bars using 2:3 with boxes lc rgb '#0072B2' notitle
unset label
unset arrow
unset logscale
set origin 0,0.313559
set size 1,0.161017
set lmargin at screen 0.1000
set rmargin at screen 0.9600
set tmargin 2.4
set bmargin 0.6
set title 'Shymkent: 589 people named' noenhanced font ',11'
set border 3
set xrange [0.4:15.6]
set xtics 1,1,15 format '' scale 0
set yrange [0:200]
set grid ytics xtics
unset key
set style fill solid 0.85 noborder
set boxwidth 0.7
set ytics ( \
    '0' 0, \
    '50' 50, \
    '100' 100, \
    '150' 150, \
    '200' 200) nomirror noenhanced
set xlabel '' noenhanced
set ylabel 'people' noenhanced
set label '93' at first 1, first 93 center offset 0,0.6 font ',9' noenhanced
set label '61' at first 2, first 61 center offset 0,0.6 font ',9' noenhanced
set label '32' at first 3, first 32 center offset 0,0.6 font ',9' noenhanced
set label '125' at first 4, first 125 center offset 0,0.6 font ',9' noenhanced
set label '120' at first 5, first 120 center offset 0,0.6 font ',9' noenhanced
set label '21' at first 6, first 21 center offset 0,0.6 font ',9' noenhanced
set label '40' at first 7, first 40 center offset 0,0.6 font ',9' noenhanced
set label '2' at first 8, first 2 center offset 0,0.6 font ',9' noenhanced
set label '12' at first 9, first 12 center offset 0,0.6 font ',9' noenhanced
set label '21' at first 10, first 21 center offset 0,0.6 font ',9' noenhanced
set label '20' at first 11, first 20 center offset 0,0.6 font ',9' noenhanced
set label '36' at first 12, first 36 center offset 0,0.6 font ',9' noenhanced
set label '0' at first 13, first 0 center offset 0,0.6 font ',9' noenhanced
set label '1' at first 14, first 1 center offset 0,0.6 font ',9' noenhanced
set label '5' at first 15, first 5 center offset 0,0.6 font ',9' noenhanced
$bars << CASESTAT_EOD
0 1 93
1 2 61
2 3 32
3 4 125
4 5 120
5 6 21
6 7 40
7 8 2
8 9 12
9 10 21
10 11 20
11 12 36
12 13 0
13 14 1
14 15 5
CASESTAT_EOD
plot $bars using 2:3 with boxes lc rgb '#0072B2' notitle
unset label
unset arrow
unset logscale
set origin 0,0.152542
set size 1,0.161017
set lmargin at screen 0.1000
set rmargin at screen 0.9600
set tmargin 2.4
set bmargin 0.6
set title 'Zhambyl Region: 391 people named' noenhanced font ',11'
set border 3
set xrange [0.4:15.6]
set xtics 1,1,15 format '' scale 0
set yrange [0:200]
set grid ytics xtics
unset key
set style fill solid 0.85 noborder
set boxwidth 0.7
set ytics ( \
    '0' 0, \
    '50' 50, \
    '100' 100, \
    '150' 150, \
    '200' 200) nomirror noenhanced
set xlabel '' noenhanced
set ylabel 'people' noenhanced
set label '34' at first 1, first 34 center offset 0,0.6 font ',9' noenhanced
set label '38' at first 2, first 38 center offset 0,0.6 font ',9' noenhanced
set label '36' at first 3, first 36 center offset 0,0.6 font ',9' noenhanced
set label '120' at first 4, first 120 center offset 0,0.6 font ',9' noenhanced
set label '55' at first 5, first 55 center offset 0,0.6 font ',9' noenhanced
set label '9' at first 6, first 9 center offset 0,0.6 font ',9' noenhanced
set label '16' at first 7, first 16 center offset 0,0.6 font ',9' noenhanced
set label '6' at first 8, first 6 center offset 0,0.6 font ',9' noenhanced
set label '14' at first 9, first 14 center offset 0,0.6 font ',9' noenhanced
set label '21' at first 10, first 21 center offset 0,0.6 font ',9' noenhanced
set label '6' at first 11, first 6 center offset 0,0.6 font ',9' noenhanced
set label '21' at first 12, first 21 center offset 0,0.6 font ',9' noenhanced
set label '3' at first 13, first 3 center offset 0,0.6 font ',9' noenhanced
set label '3' at first 14, first 3 center offset 0,0.6 font ',9' noenhanced
set label '9' at first 15, first 9 center offset 0,0.6 font ',9' noenhanced
$bars << CASESTAT_EOD
0 1 34
1 2 38
2 3 36
3 4 120
4 5 55
5 6 9
6 7 16
7 8 6
8 9 14
9 10 21
10 11 6
11 12 21
12 13 3
13 14 3
14 15 9
CASESTAT_EOD
plot $bars using 2:3 with boxes lc rgb '#0072B2' notitle
unset label
unset arrow
unset title
set origin 0,0
set size 1,0.152542
set lmargin at screen 0.1000
set rmargin at screen 0.9600
set tmargin 0.3
set bmargin 2.45
unset border
set xrange [0.4:15.6]
set xtics 1,1,15 format '' scale 0
set grid xtics noytics
set yrange [0.5:4.5]
set xlabel '' noenhanced
set ylabel '' noenhanced
set ytics ( \
    'hotline' 4, \
    'lawyers' 3, \
    'media' 2, \
    'official' 1) nomirror scale 0 noenhanced
set label 'Bar: the people on exactly the lists dotted below.  People on no list are not counted: they are what the estimate is about.' at character 1.5, character 0.65 left font ',9' textcolor rgb '#404040' noenhanced
$off << CASESTAT_EOD
0 1 3
1 1 2
2 1 1
3 2 4
4 2 2
5 2 1
6 3 4
7 3 3
8 3 1
9 4 4
10 4 3
11 4 2
12 5 2
13 5 1
14 6 3
15 6 1
16 7 3
17 7 2
18 8 4
19 8 1
20 9 4
21 9 2
22 10 4
23 10 3
24 11 1
25 12 2
26 13 3
27 14 4
CASESTAT_EOD
$on << CASESTAT_EOD
0 1 4
1 2 3
2 3 2
3 4 1
4 5 4
5 5 3
6 6 4
7 6 2
8 7 4
9 7 1
10 8 3
11 8 2
12 9 3
13 9 1
14 10 2
15 10 1
16 11 4
17 11 3
18 11 2
19 12 4
20 12 3
21 12 1
22 13 4
23 13 2
24 13 1
25 14 3
26 14 2
27 14 1
28 15 4
29 15 3
30 15 2
31 15 1
CASESTAT_EOD
$join << CASESTAT_EOD
0 1 4 0
1 2 3 0
2 3 2 0
3 4 1 0
4 5 3 1
5 6 2 2
6 7 1 3
7 8 2 1
8 9 1 2
9 10 1 1
10 11 2 2
11 12 1 3
12 13 1 3
13 14 1 2
14 15 1 3
CASESTAT_EOD
plot $off using 2:3 with points pt 7 ps 1.3 lc rgb '#D9D9D9' notitle, \
     $join using 2:3:(0):4 with vectors nohead lw 2.5 lc rgb '#303030' notitle, \
     $on using 2:3 with points pt 7 ps 1.5 lc rgb '#303030' notitle
unset multiplot
